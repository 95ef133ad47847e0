"""A force's people as a bare plural speak for the one force the article names (session 34,
`fresh34`, issue 12; attribution README "heldout35's English errors by stage").

"Officers said", "Detectives believe", "Investigators said" with no determiner and no
qualifier are the one law-enforcement body the article names whole, a police force or a
sheriff's office, before or after them, as "police said" and "deputies said" are (convention
48). On four read fresh splits the shape failed on three, the engine leaving the group
"Officers". With two forces named, none (another kind of body's officers), a determiner ("the
officers" of a court report), a qualifier ("Coast Guard investigators") or officers telling
what they did themselves, nothing changes. Nor when the article names another body with
officers or investigators of its own beside the force (an accident bureau, a fire service, a
council, an agency: review34's item 3, `mend34b`): whose people they are is not said. Every
sentence is invented for this module."""

from __future__ import annotations

import pytest
from claim_support import one_claim
from factdesk.extract.claims import extract_claims


@pytest.mark.parametrize(
    ("body", "snippet", "speaker"),
    [
        (  # a force named in the lede, its officers in the next paragraph
            "A plumber's van vanished from a yard in Arnby on Tuesday night, and Kelder Police "
            "want to hear from anyone who saw it.\n\n"
            "Officers said the thieves cut through a fence at the back of the yard.",
            "cut through a fence",
            "Kelder Police",
        ),
        (  # a constabulary, a verb of belief, detectives
            "A safe was taken from a jeweller's in Arnby on Sunday, the Kelder Constabulary "
            "said.\n\nDetectives believe the gang had help from someone inside the shop.",
            "help from someone inside",
            "Kelder Constabulary",
        ),
        (  # a sheriff's office named only after its investigators spoke
            "A lorry ran off the road near Dunby on Friday night.\n\n"
            "Investigators said the lorry had no lights on.\n\n"
            "Its cab was towed to a pound run by the Brayford County Sheriff's Office, where staff "
            "searched it for a phone.",
            "no lights on",
            "Brayford County Sheriff's Office",
        ),
        (  # the subject after the words, lower case
            "A farmer near Hessle rang Orrin Valley Police at dawn when he found his barn open.\n\n"
            "Two quad bikes and a trailer were taken, officers said.",
            "quad bikes",
            "Orrin Valley Police",
        ),
    ],
)
def test_a_forces_people_are_the_one_force_named(body: str, snippet: str, speaker: str) -> None:
    claim = one_claim(body, snippet, extract_claims)
    assert (claim.sourcing, claim.speaker) == ("named", speaker)


@pytest.mark.parametrize(
    ("body", "snippet", "speaker"),
    [
        (  # two forces named: whose officers is not said
            "Kelder Police are searching for a stolen van. Orrin Police found a second van "
            "in Dunby.\n\nOfficers said the thieves cut through a fence.",
            "cut through a fence",
            "Officers",
        ),
        (  # no force named: a water authority's officers stay a group here
            "A tanker spilled diesel into the River Arn, the Pellow Water Authority said.\n\n"
            "Officers said the spill had reached the weir.",
            "reached the weir",
            "Officers",
        ),
        (  # an accident bureau named beside the force: its investigators, or the force's?
            "A glider came down on moorland above Wessing on Saturday and Harrowby Police "
            "sealed off the track. The Marine and Air Safety Bureau has sent a team.\n\n"
            "Investigators said a wing strut had snapped in flight.",
            "wing strut",
            "Investigators",
        ),
        (  # a fire service named beside the force: fire investigators are its own
            "Crews from Harrowby Fire and Rescue Service spent the night at a burning barn "
            "near Tolley, while Harrowby Police diverted traffic.\n\n"
            "Investigators believe the hay was lit by a discarded cigarette.",
            "discarded cigarette",
            "Investigators",
        ),
        (  # a council's planning row: its officers, though the force was called
            "Harrowby Police were asked to calm a hearing at Tolley District Council on "
            "Thursday over a garden shed.\n\n"
            "Officers said the shed stood 2 metres over the boundary.",
            "2 metres",
            "Officers",
        ),
        (  # an agency named after them, the subject after the words
            "Forty crates of vodka were seized from a lorry at Pellow harbour, Orrin Police "
            "said.\n\nThe crates had false labels, officers said. The Coastal Revenue Agency "
            "will decide on charges.",
            "false labels",
            "officers",
        ),
        (  # officers telling what they did themselves (convention 23)
            "Kelder Police said a man was arrested in Arnby.\n\n"
            "Officers said they chased the van for two miles.",
            "chased the van",
            "Officers",
        ),
    ],
)
def test_the_group_stays_a_group(body: str, snippet: str, speaker: str) -> None:
    claim = one_claim(body, snippet, extract_claims)
    assert (claim.sourcing, claim.speaker) == ("unattributed", speaker)


def test_the_officers_with_a_determiner_are_no_voice_of_the_force() -> None:
    """ "The officers" are the ones the story is about, not the force speaking; without the
    determiner the same article gives the force (so the guard is what keeps it a group)."""
    body = (
        "A tractor was driven off a farm near Tolley overnight, and Harrowby Police asked for "
        "dashcam footage.\n\n{} said the thieves had cut a padlock on the gate."
    )
    claim = one_claim(body.format("The officers"), "padlock", extract_claims)
    assert (claim.sourcing, claim.speaker) == ("unattributed", "The officers")
    claim = one_claim(body.format("Officers"), "padlock", extract_claims)
    assert (claim.sourcing, claim.speaker) == ("named", "Harrowby Police")


def test_qualified_investigators_stay_their_bodys() -> None:
    body = (
        "A boat ran aground off Arnby, Kelder Police said.\n\n"
        "Coast Guard investigators said the crew had misread a chart."
    )
    claim = one_claim(body, "misread a chart", extract_claims)
    assert (claim.sourcing, claim.affiliation) == ("anonymous", "Coast Guard")
