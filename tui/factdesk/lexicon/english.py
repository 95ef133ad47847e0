"""The English vocabulary of news reporting: speech, hedges, denials, demonyms, the calendar.

Rules elsewhere are grammar plus these word lists; a word list that two modules need lives
here, once, so that (for example) the extractor's ``denial`` flag and the corroboration
matcher's idea of a denial cannot drift apart. Nothing here names an article's people or
places: the desk runs on articles nobody has seen.
"""

from __future__ import annotations

import re
from functools import lru_cache

from factdesk.lexicon.months import ENGLISH, STAMP_WORDS, WEEKDAYS
from factdesk.text.lookahead import compile_prefiltered


def words(text: str) -> frozenset[str]:
    """A word list written as one whitespace-separated string (easier to read and diff)."""
    return frozenset(text.split())


LINE_CONTINUERS = words(
    """
    a an the of to in on at by for from with into onto about over under after before and or
    but nor that which who whom whose where when than as if while because though although
    is are was were be been has have had will would could should may might must can
    """
)
"""Closed-class words no headline ends on: a line ending on one goes on into the next
("… to cut 40 bus routes, which" over "Northgate Transit said would save …")."""


RELATIVE_PRONOUNS = words("who whom which whose")
"""Pronouns opening a relative clause, a clause about the noun before them (", who had led
the government since October 2024,": ``extract.timespan`` leaves a date in it out)."""
SUBORDINATORS = words(
    "after before when whenever while if unless until since because although though once whereas as"
)
"""Conjunctions that open a clause leaning on another: one of these first, the words up to a
comma are no statement of their own ("After the floods receded, the mayor said.":
``extract.reported`` shows no content)."""
TIME_PREPOSITIONS = words("after before since until")
"""Subordinators that are also prepositions of time: before a time point (a year, a month, a
weekday, "then") they open a phrase of the clause, not a clause of their own ("Since 2020 prices
have doubled, he said.": a statement; "Since the plant closed, he said." is none)."""
CLAUSE_JOINERS = words("and or nor but when as after before until")
"""Conjunctions joining one clause or phrase to the next: never the thing a figure before
them counts ("from about 2000 and …" is a year; "some 2000 fans" a count:
``extract.timespan``)."""


CARDINALS = {
    **dict(zip(
        "three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen".split(), range(3, 20), strict=True)),
    **dict(zip("twenty thirty forty fifty sixty seventy eighty ninety".split(),
               range(20, 100, 10), strict=True)),
}  # fmt: skip
"""Number words the matcher writes as digits ("Twenty-seven" is 27, "five-year" 5-year);
"one" and "two" are left alone ("one of them", "the two sides")."""

ONE_TWO_COUNTED = (
    r"only|just|exactly|more than|fewer than|less than|at least|at most|nearly|almost"
    r"|about|around|roughly|up to"
)
"""Words after which "one" and "two" are a count, written as digits after all ("only one
inmate escaped", "less than two tonnes"): a bound or an emphasis is put on a figure, never on
"one of them" or "the two sides". "Under" and "over" are left out ("under one roof")."""

MULTIPLIERS = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
"""Scale words after a number word ("two thousand" is 2000)."""
SCALE_TAGS = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000}
"""Scale letters written on a figure ("$214m", "3.1bn")."""
APPROXIMATIONS = {
    ">": "more than|over|at least|upwards of|in excess of|passed|topped|exceeded|surpassed",
    "<": "nearly|almost|up to|fewer than|less than|under|close to|just under",
    "~": "about|around|roughly|approximately|some|an estimated|estimated",
}
"""Words giving a figure as a bound or an estimate ("more than 40", "cases have passed 1,100"),
by the side of the bound the exact figure lies on (``~``: either side)."""

FIGURE_ROLES = {
    "dead": "killed|killing|kills|kill|dead|died|dying|deaths|death|fatalities|lives",
    "injured": "wounded|wounding|injured|injuring|injuries|hurt",
    "rescued": "rescued|rescuing",
    "missing": "missing|unaccounted",
    "arrested": "arrested|arresting|arrests|detained|detaining|detentions",
    "evacuated": "evacuated|evacuating|evacuations",
}
"""What a count of people counts, by the word it goes with ("five people were killed",
"killing 14", "seven wounded"): two reports of one event giving other counts of one role
disagree, counts of two roles ("3 killed", "12 injured") do not (``corroborate.match``). The
Russian and Ukrainian words are ``cyrillic.FIGURE_ROLES``."""
PEOPLE_NOUNS = words(
    """people persons residents civilians passengers visitors villagers inhabitants victims
    citizens locals tourists travellers travelers pupils students workers employees"""
)
"""Nouns a count of people goes with ("18,000 residents", "18,000 people"): beside one another
they count one thing, whatever role the sentence gives one of them (``corroborate.match``)."""
NOBODY_WORDS = "nobody|no one|none|no"
"""Words that make a role's count nought ("nobody was hurt", "no one was killed", "none was
injured", "no deaths"): beside "three people were injured" another count of the injured."""
NOBODY_OF = "of"
"""The word of a count of none out of a number ("none of the 186 passengers was hurt"): the
number and its noun are whom none was hurt of, no count of their own (pairs40)."""
ALIVE_RE = re.compile(
    r"\b(?:not|no longer|none|buried|burned|burnt)\b(?:\s+[\w'-]+){0,4}?\s+alive\b"
    r"|(?P<alive>\balive\b)",
    re.I,
)
"""People told to be alive ("the two crew were alive and in hospital", "all five were dug out
alive"; a match with its group ``alive``): beside a claim counting the same people dead, the
other account of one toll (the matcher's ``ClaimFacts.alive``). Not "was not found alive",
"none of them alive", nor "buried dozens alive" or "burned alive" (a way of dying): those
match without the group. "Survived" is left out: "none survived" and "survived a vote" say
otherwise. Russian and Ukrainian words are ``cyrillic.ALIVE_RE``."""
TOLL_WORDS = "toll"
"""A noun that names the dead before the figure ("the death toll ... at eight", "the toll has
risen to 14")."""
TOLL_RISES = r"(?:rose|risen|climbed)\s+to|reached|stands\s+at"
"""What a toll told at length says right before its figure ("the death toll from the fire at
... has risen to 87"): only then does the toll reach far back to its figure."""
OUT_OF = r"out\s+of|of\s+a\s+possible|of\s+a\s+maximum(?:\s+of)?"
"""Words before the top of a scale ("71 points out of 140"): that figure is the scale's, never
one the claim puts forward."""
MEASURE_WORDS = (
    r"(?:pounds?|pence|dollars?|cents?|euros?|yen|roubles?|rubles?|hryvnias?|francs?"
    r"|kilomet(?:re|er)s?|km|miles?|met(?:re|er)s?|feet|foot|tonnes?|tons?|kilograms?|kg"
    r"|litres?|liters?|hours?|minutes?|days?|weeks?|months?|years?|degrees?|hectares?|acres?"
    r"|mph|per\s+cent|percent)"
)
"""Units a figure may be given in (money, measures, time): such a figure is never a toll's
count ("the toll on the bridge will rise to 7 pounds")."""


MEASURE_UNITS: dict[str, tuple[str, float]] = {
    r"mm|millimet(?:re|er)s?": ("m", 0.001),
    r"cm|centimet(?:re|er)s?": ("m", 0.01),
    r"km|kilomet(?:re|er)s?": ("m", 1000.0),
    r"met(?:re|er)s?": ("m", 1.0),
    r"years?": ("mo", 12.0),
    r"months?": ("mo", 1.0),
    r"km/h|kph|kilomet(?:re|er)s?\s+(?:an|per)\s+hour": ("kmh", 1.0),
    r"m/s|met(?:re|er)s?\s+(?:a|per)\s+second": ("kmh", 3.6),
    r"mph|miles?\s+(?:an|per)\s+hour": ("kmh", 1.609344),
    r"°\s?C|degrees?\s+(?:Celsius|centigrade|C)\b": ("C", 1.0),
    r"°\s?F|degrees?\s+(?:Fahrenheit|F)\b": ("C", 0.0),
}
"""Units a measure is given in, each with its dimension's one unit and the factor to it: "92
millimetres" and "9.2 centimetres" are one length, "4.5 years" is 54 months, "41.2 metres per
second" about 148 km/h (the matcher, ``measures``). A factor of 0 is degrees Fahrenheit, which
convert with an offset. A bare "m" (metres or million) is none. Weights are left out: on the
labelled pairs a weight in two units found two paraphrases across scripts and made one of
another haul (the same port, day and weight, other goods) the same claim."""


ORG_HEADS = words(
    """Staff Forces Army Corps Brigade Regiment Battalion Division Guard Guards Council Ministry
    Committee Union Nations Republic Party Agency Service Services Office Administration
    Parliament Assembly Court Bank Fund Organization Organisation Institute University Command
    Group Alliance Fleet Company Squadron Directorate Government Kremlin Duma Rada Cabinet"""
)
"""Words that end the name of a body ("General Staff", "Health Ministry"): many countries
have one, so such a body is told apart by its country (``extract.origins``)."""

BODY_HEADS = ORG_HEADS | words(
    """Association Federation Confederation League Society Trust Foundation Board Commission
    Authority College Guild Chamber Coalition Club"""
)
"""Every word that ends a body's name: ``ORG_HEADS`` and the heads of the bodies one country
has many of (members' associations, trusts, boards: "Lift Engineers' Association", "Harbour
Tenants Federation"). A name of several words ending on one is an organisation's, whatever
the entity recogniser typed it (``names.mentions``)."""

LAW_ENFORCEMENT_NOUNS = words(
    """police officer policeman policewoman constable sergeant inspector detective investigator
    deputy sheriff trooper marshal agent patrolman"""
)
"""The people of a police force or another law-enforcement body, as a common noun, by their
rank or trade ("told officers", "told deputies", "according to detectives"): whom a crime
report's words are given to and who relay them (``extract.cues.AUTHORITY_ADDRESSEES``,
``extract.grammar``). Every such trade, whatever the country calls it, is here; a body's
name is no member of the class ("Kent Police" is an organisation)."""


def law_enforcement(text: str) -> frozenset[str]:
    """A named part of ``LAW_ENFORCEMENT_NOUNS`` for a rule narrower than the whole class. The
    part is written by name so that the rule's reader sees which trades it means, and checked
    against the class at import: a trade no rule's part can hold unless the one home has it."""
    part = words(text)
    if not part <= LAW_ENFORCEMENT_NOUNS:
        raise ValueError(f"not law-enforcement nouns: {sorted(part - LAW_ENFORCEMENT_NOUNS)}")
    return part


def plural_nouns(nouns: frozenset[str]) -> frozenset[str]:
    """The regular plurals of nouns ("deputy" -> "deputies", "officer" -> "officers"): the
    classes hold lemmas, and a few rules read the plural as written, with no parse."""
    return frozenset(
        noun[:-1] + "ies" if noun.endswith("y") and noun[-2:-1] not in "aeiou" else noun + "s"
        for noun in nouns
    )


POLICE_BODY_NOUNS = words("police force constabulary patrol")
"""What news calls a police force itself, no member of it ("police said", "the force said",
"the patrol said"): a law-enforcement body by a common noun. "police" is also one of its
people ("told police"), so it is in ``LAW_ENFORCEMENT_NOUNS`` too."""
POLICE_BODY_HEADS = frozenset(noun.capitalize() for noun in POLICE_BODY_NOUNS)
"""The same nouns ending a force's name ("Harwick Police", "Kent Constabulary", "Florida
Highway Patrol"): a body's name, whatever the entity recogniser typed it (``names.mentions``:
"DS Karen Willis of Harwick Police" made the force a person in the names view)."""
POLICE_VOICE_NOUNS = POLICE_BODY_NOUNS & words("police force")
"""The two body nouns a crime report has speak as the force ("Police said", "The force
said"); "the patrol", "the constabulary" name a force the article named before, and are read
as such (``extract.cues.DESCRIPTOR_SYNONYMS``)."""
FORCE_OFFICER_NOUNS = law_enforcement("trooper")
"""Officers who speak for their force as a bare plural ("Troopers said 12 people were hurt"):
the one force the article names (convention 48), as "police said" is. Narrower than the class
on purpose: bare "officers"/"detectives" are the police at large (``POLICE_OFFICER_NOUNS``),
"deputies" speak for a sheriff's office, and "agents", "investigators" or "inspectors" serve
bodies that are no police force."""
POLICE_OFFICER_NOUNS = law_enforcement("officer detective")
"""The people of a force who, as a bare plural, speak for it as "police" does ("Officers said",
"Detectives are appealing for witnesses"). Narrower than the class: the other trades belong
to a named kind of force ("troopers", "deputies") or to bodies that are no police force."""

FORCE_STAFF_NOUNS = law_enforcement("officer detective investigator")
"""A force's people who, as a bare plural ("Officers said", "what detectives described as",
"Investigators said"), speak for the one law-enforcement body the article names whole, a police
force or a sheriff's office, before or after them, as "police said" and "deputies said" do
(convention 48; ``extract.attribution.Engine._force_staff``). With no such body or with several
named they stay people at large; with a determiner ("the officers" of a court report, the ones
the case is about), a qualifier ("Coast Guard investigators": ``EXAMINER_NOUNS``' body) or
telling what they did themselves ("officers say they …") they are not the force's voice."""

STAFFED_BODY_HEADS = words(
    """Council Authority Agency Service Services Branch Bureau Board Commission Inspectorate
    Executive Directorate Department Office Ministry Administration Coastguard Guard Force
    Brigade Army Navy Customs Regulator"""
)
"""Words that end the name of a body with officers or investigators of its own, not a police
force's: a council's planning officers, a fire service's investigators, an accident bureau's,
a regulator's or an agency's ("Hessle District Council", "the Air Accidents Investigation
Branch", "Kelder Fire and Rescue Service"). When the article names such a body beside its one
force, a bare "officers"/"investigators"/"detectives" may be either's (``OTHER_STAFFED_BODY_RE``;
``extract.attribution.Engine._force_staff``)."""
OTHER_STAFFED_BODY_RE = re.compile(
    r"(?<![\w’'-])(?:[A-Z][\w’'-]*[ \t]+(?:(?:and|of|for|&)[ \t]+)?){1,5}"
    rf"(?:{'|'.join(sorted(STAFFED_BODY_HEADS))})\b"
)
"""A body by a name of capitalised words ending on ``STAFFED_BODY_HEADS`` ("Tolley District
Council", "Marine and Air Safety Bureau"); the caller leaves out the matches that are the
force's own name ("Kelder Police Service", "the Harlan County Sheriff's Office")."""

EXAMINER_NOUNS = law_enforcement("inspector investigator")
"""Examiners by their trade, who serve health boards, regulators, coastguards and accident
bureaux as often as forces: qualified by a body's name or kind ("Coast Guard investigators
said", "Board inspectors said") a plural of them is that body's unnamed staff (convention 20
names inspectors with officials; ``extract.cues.EXAMINER_HEADS``)."""

ACTING_OFFICER_NOUNS = law_enforcement("deputy officer detective trooper agent")
"""The people a body acts through in a release ("KPD officers stopped a van", "Deputies from
the Harlan County Sheriff's Office"): ``OFFICERS_OF_RE``. Narrower than the class: "inspectors"
and "investigators" work for health boards and accident bureaux as often ("Inspectors from the
Food Agency"), ranks ("sergeant", "constable") are one person's, and "police" has no plural."""

COMPANY_HEADS = words(
    """Retail Retailers Ports Holdings Group Bank Airlines Airways Energy Motors Foods Partners
    Capital Systems Logistics Technologies Industries Insurance Pharmaceuticals Pharma Homes
    Properties Securities Investments Mining Resources Telecom Telecoms Media Brewery Breweries
    Shipping Freight Utilities Railway Railways Trains Buses Stores Supermarkets Chemicals
    Electronics Solutions Labs Laboratories Networks Ventures Enterprises Developments
    Construction Engineering Aerospace Automotive Financial Bancorp Brands Hotels Resorts
    Studios Software Therapeutics Biosciences Healthcare Farms Dairies Bakeries Textiles
    Packaging Minerals Metals Petroleum Water Gas Assurance Reinsurance Marine Ferries Line"""
)
"""Words that end a company's name and no person's ("Whitlow Retail", "Dunmore Ports",
"Ashdown Holdings"): a two- or three-word name ending on one is a body's, whatever the entity
recogniser typed it as (it takes some for a person's first name and surname). Words that are
also common surnames ("Power", "Steel", "Mills", "Banks") are left out."""

# Businesses named by their place in a chain of supply, between the one who makes a thing and
# the one who uses it: "a patch from vendor Kelvara", "the distributor, Orme Ltd," (every noun of
# that place, not only the ones met so far, and the hauliers and shippers that carry the thing
# between them; "dealer" and "trader" are people at a desk first: ``extract.cues.PERSON_HEADS``).
# Some of them are a person's trade as well ("Okafor, a contractor on the site,"): those are
# written once, in ``SUPPLY_TRADE_NOUNS``, and both lists take them from there.
SUPPLY_TRADE_NOUNS = words("vendor contractor subcontractor haulier")
"""The supply nouns that also name a person's trade (in ``SUPPLY_NOUNS`` and ``TRADE_NOUNS``)."""
SUPPLY_NOUNS = SUPPLY_TRADE_NOUNS | words(
    "supplier distributor wholesaler reseller exporter importer shipper"
)
"""Every noun of a business by its place in supply (``extract.cues``)."""
TRADE_NOUNS = SUPPLY_TRADE_NOUNS | words(
    "developer producer publisher operator maker provider giant carrier"
)
"""Generic organisation nouns that also name a person's trade ("Okafor, a producer on the
show,"): an apposition with one of them does not make a name a company's (``extract.cues``,
``extract.grammar``)."""

OUTLET_HEADS = words(
    """Gazeta Novosti News Times Post Pravda Telegraph Journal Agency Radio TV Television
    Independent Herald Tribune Guardian Kommersant Izvestia Vedomosti Meduza Interfax TASS RIA
    Reuters AFP AP BBC CNN Telegram Bloomberg Economist Politico Axios Euronews Sputnik Daily
    Mail Mirror Courier Gazette Chronicle Observer Sentinel Ledger Beacon Echo Mercury Argus
    Inquirer Examiner Dispatch Reporter"""
)
"""Words of news outlets' names: an outlet relays what others say (``extract.origins``)."""
OUTLET_TRADE_HEADS = words(
    """Gazeta Novosti Izvestia Vedomosti News Journal Gazette Chronicle Ledger Daily Agency
    Radio TV Television Herald Tribune Courier Dispatch Reporter Observer Examiner Inquirer
    Sentinel Guardian"""
)
"""The ``OUTLET_HEADS`` that are the trade's own words: a written record or news sheet
(Gazette, Journal, Ledger, Novosti), a broadcaster, or someone whose work is to watch, ask
or carry word (Herald, Courier, Sentinel, Examiner). The other heads are everyday words for
things, times, lights, sounds, myths or a quality (Post, Times, Mail, Mirror, Echo, Beacon,
Mercury, Argus, Independent) or one outlet's own name (Reuters, Bloomberg): the first kind
are people's surnames too ("Wiley Post", "Freddie Mercury") and the second may be, so a name
ending on one needs a second cue to be a paper's masthead (``ingest.meta``)."""
OUTLET_ISSUE_WORDS = words("Daily Morning Evening Nightly Weekly Sunday Saturday Monthly")
"""When a paper comes out, in its name before the head ("Evening Post", "Sunday Echo"): a
paper's, never a person's given name (``ingest.meta``)."""
STAFF_WORDS = words("Staff Reporters Correspondents Newsdesk")
"""A byline's last word when a newsroom, not a person, signs: "By Harbour Sport Staff"."""
PRESS_ROLES = words(
    """editor correspondent reporter writer columnist contributor critic commentator producer
    presenter journalist analyst photographer editor-at-large редактор корреспондент
    обозреватель журналист кореспондент оглядач журналістка"""
)
"""A newsroom's job words (lower case): what a byline's tail "Home Affairs Editor" ends on,
so it is the writer's job and not the outlet (``ingest.meta``, beside ``extract.cues``'
ROLE_WORDS of people in the news)."""
PLACE_HEADS = words("River Region Oblast District Raion Province Krai")
"""A place's trailing head word, left out so that "the Oskil River" is the Oskil
(``names.mentions``, ``names.capitals``)."""
# Lower-case nouns of a place's kind, in one home for the three lists that read them: the core
# every list holds, the cue nouns ``names.capitals`` reads beside a name, the nouns beside a name
# that make it a place (``names.mentions``) and the nouns that describe one (``extract.grammar``).
# Each word is written once; a list takes the classes it reads. Making the lists one would be a
# change of output, to be measured on the splits, not a tidy-up (hyg29 kept each list as it was).
PLACE_KIND_NOUNS = words("city town village region district")
"""Settlements and divisions every reader of place nouns takes ("the city of X", "X district",
"the village Y")."""
PLACE_CUE_NOUNS = PLACE_KIND_NOUNS | words("settlement settlements oblast river")
"""The nouns among ``names.capitals``' ``PLACE_CUES`` ("in the town X", "the Y river"): a
capitalised word beside one is a place's name."""
SUBDIVISION_NOUNS = words("province county suburb")
"""Divisions of a country or a city that both ``PLACE_NOUNS`` and ``SETTLEMENT_NOUNS`` hold."""
PLACE_NOUNS = (
    PLACE_CUE_NOUNS
    | SUBDIVISION_NOUNS
    | words("villages towns cities outskirts hamlet port area municipality raion")
)
"""Common nouns that make the name beside them a place ("the village of X", "X district")
(``names.mentions``)."""
SETTLEMENT_NOUNS = (
    PLACE_KIND_NOUNS
    | SUBDIVISION_NOUNS
    | words("country nation state island republic kingdom capital borough territory")
)
"""The lower-case nouns that describe a place ("the city Halden", "the island Moss"): after
one of them a name the recogniser tagged a place is one; after any other descriptor ("the
price tracker X", "the technology site X") a place's tag is the recogniser's mistake."""
LANDMARK_HEADS = words("Square Avenue Boulevard Plaza")
"""A landmark's trailing head word, kept in the name: "Tamsin Square", "Anna Kessler Avenue"
are places, whatever the recogniser called them (``names.mentions``). Not Street, Road,
Bridge, Lane or Park: they are surnames too ("Linda Park")."""
VENUE_HEADS = words(
    """Point Lights Heights Gardens Wharf Quay Cove Marina Pier Arena Theatre Cinema Estate
    Estates Crossing Junction Terrace Springs Retreat Harbour Harbor Docks Market Markets
    Falls"""
)
"""Words that end the name of a venue, an estate or a business named after a place ("Kestrel
Point", "Harbour Lights", "Ashcombe Heights") and no person's: read beside ``COMPANY_HEADS``
when a name of a person's shape might be a person's (``text.pronouns.person_shaped``). Words
that are also common surnames ("Hall", "Park", "Hill", "Field", "Bridge", "Court") are left
out."""
THIRD_PERSON_PRONOUNS = words("he she him her his hers")
"""A person spoken of in the third person: a sentence that already has one may mean them by
the next sentence's "He" or "She" (``text.pronouns``)."""
TIME_ZONES = words("GMT UTC BST CET CEST EET EEST MSK EST EDT CST CDT MST MDT PST PDT AEST AEDT")
"""A clock time's zone ("5:41 a.m. EST (1041 GMT)"): never an organisation, though the
recogniser often takes one for it (``extract.attribution``); a live blog's entry time may end
on one (``text.datelines``)."""
NAME_JOINS = words("of and for the on in &")
"""The short words a body's name keeps between its capitalised words ("Transport for
London", "Parents for Safer Roads"): the initials' reader (``extract.initials``, with "de")
and the names a text says a body goes by (``attribution._called_names``)."""
SURNAME_PARTICLES = words("de da del della di du dos das van von der den la le al bin ibn ter ten")
"""The lower-case words a person's name keeps between its capitalised words ("Kees de Wit",
"Omar bin Said", "Anna van der Berg"), always before a capitalised one: where a name runs on
(``cues.NAME``, ``interview``'s speaker tags, ``ingest.meta``'s bylines) and the first word
of a surname ("De Wit said" is Kees de Wit: ``people``). One list: a particle known to one
reader of names and not another made "Lena ten Brink" a whole name in one and "Lena" in the
other."""


# --- people's roles and titles (the extractor's ``cues`` re-exports them) ---------------

# Words that make a person checkable: a role or office a reviewer can look up.
ROLE_WORDS = words(
    """president minister commander chief head editor editor-in-chief analyst adviser advisor
    spokesperson spokesman spokeswoman official governor mayor general colonel major captain
    lieutenant sergeant admiral marshal director professor researcher expert journalist reporter
    correspondent ambassador diplomat secretary chairman chairwoman chair deputy senator
    lawmaker mp member leader founder ceo executive officer representative envoy prosecutor
    judge lawyer economist historian scientist doctor commissioner inspector ombudsman
    coordinator manager administrator premier chancellor king queen prince pope bishop
    patriarch politician author columnist blogger historian military retired veteran coach
    councillor councilor alderman magistrate coroner sheriff constable"""
)

ROLE_VERBS = words(
    """leads heads chairs chaired directs manages founded co-founded represents coordinates"""
)
"""Verbs of holding a post, in a relative clause set after a name ("Tomas Ekwueme, who leads the
Clean Water Coalition", "Ruth Bell, who chairs the parish council"): as checkable a role as
"the coalition's leader" (``people.People.has_role``; review41 item 4). "Led" is left out: "who
led a march in 2019" is no post."""

# Leading words of a capitalised run that are a title, not part of the person's name.
TITLE_WORDS: frozenset[str] = words(
    """President Prime Minister Minister Deputy Chief General Staff Head Commander Colonel
    Lieutenant Major Captain Sergeant Admiral Marshal Governor Mayor Secretary Senator
    Ambassador Director Professor Prof Dr Mr Mrs Ms Miss Sir Lord Lady Judge Justice Mayor
    Chairman Chairwoman Spokesman Spokeswoman Analyst Editor Reporter Correspondent Defense
    Defence Foreign Interior Armed Forces King Queen Prince Pope Patriarch Bishop Father
    Sheikh Emir General-Lieutenant Rep Gen Col Lt Sgt Capt Adm Gov Sen St Former Acting
    Speaker Coroner Boss Councillor Councilor Alderman Magistrate Sheriff Detective Inspector
    Superintendent Constable"""
)
QUALIFIED_ROLES = words("clerk organiser organizer treasurer registrar")
"""Nouns of a post that is an office only when a public body's word stands right before them:
"the town clerk", "union organiser Dara Fenwick" speak for a council or a union, as checkable
as a councillor (``people.People.has_role``; review46 B6); "a hotel clerk", "the bake sale
organiser" are private people, so the word alone is no ``ROLE_WORDS`` role."""
ROLE_QUALIFIERS = words(
    "town city county parish borough district village council court union party state"
)
"""The words before a ``QUALIFIED_ROLES`` noun that make it a public office (also with "'s":
"the union's organiser")."""
COUNSEL_LEADS = words("Defending Prosecuting Mitigating")
"""How a British court report names a barrister by the side they speak for, the word alone
before a comma ("Defending, Hannah Crewe said …"): an office in the case, as checkable as a
role noun (``people.People.has_role``; review44 A4)."""
SHORT_RANKS = words("Cr PC WPC DC DS DI DCI DSI DCS PCSO")
"""Titles written short as British and Commonwealth news writes a police officer's rank, in
capitals (constable, detective constable, sergeant, inspector, chief inspector,
superintendent, community support officer), and an Australian councillor's ("Cr"): an office
the person holds, never part of the name, and what makes the speaker checkable
(``people.People``): "DS Alan Petrie said" was the speaker "DS Alan Petrie", flagged a private
individual (review43 C). A title only before a person's name the recogniser found: the same
letters open bodies' names ("DC Comics", "PC World"), which keep them (``grammar.clean_name``
never strips one)."""
HONORIFICS = words("Mr Mrs Ms Miss Mx Dr Prof Professor Sir Dame")
"""Forms of address that only a person takes: the name after one is a person's, whatever the
entity recogniser typed it as ("Dr Halvorsen" read as an organisation)."""
NOTICE_WORDS = words("Copyright Copr")
"""A rights line's word, never part of the name it follows or leads ("X Times Copyright")."""

# Titles written short with a full stop ("Sgt. Ray Lutz"): the stop does not end a sentence.
TITLE_ABBREVIATIONS = words(
    "Adm Capt Cllr Cmdr Col Cpl Det Dr Gen Gov Insp Lt Maj Mr Mrs Ms Prof Pte Rep Rev Sen Sgt St "
    "Supt"
)
TITLE_WORDS = TITLE_WORDS | TITLE_ABBREVIATIONS
"""The roles and titles before a name: ``language.parse`` reads a capitalised word before a
hyphenated surname as a given name only when it is neither."""
ABBREVIATIONS = TITLE_ABBREVIATIONS | words("Jr Sr vs etc No")
"""Words written short with a full stop that ends no sentence: the titles, a name's suffix
("Ray Lutz Jr."), "vs.", "etc.", "No." (``ingest.meta.first_sentence``)."""


# --- the calendar ------------------------------------------------------------------------------

MONTH_NAMES = tuple(max((w for w, n in ENGLISH.items() if n == m), key=len) for m in range(1, 13))
"""English month names written out, in calendar order ("january" ... "december"), from the one
month table (``lexicon.months``)."""

CALENDAR_CAPS = frozenset(word.capitalize() for word in (*ENGLISH, *WEEKDAYS))
"""Months, their abbreviations and weekdays as a sentence writes them: capitalised, never a
name ("January", "Sept", "Monday")."""


LINE_LABELS = words(
    """update updated updates note notes breaking exclusive watch listen live latest developing
    analysis opinion comment commentary correction clarification editor editors warning summary
    background context timeline explainer question answer transcript disclaimer advertisement
    sponsored source sources related highlights fact claim verdict rating video photo photos
    pictures audio read more also today tonight yesterday earlier later morning evening update
    important attention caution reminder recap review preview quote key points editorial news
    see full story poll by issued released release immediate embargoed contact contacts media
    statement miss"""
)
"""Common words that head a paragraph as a label with a colon ("UPDATE:", "Note:",
"Breaking:", a fact check's "CLAIM:" and "VERDICT:"): never a place, so never a colon
dateline's ("PESHAWAR: …", ``text.datelines``), with the months and weekdays."""


# --- speech --------------------------------------------------------------------------------

SPEECH_VERBS = words(
    """said says say stated states told tells added adds noted notes claimed claims argued argues
    emphasized emphasised emphasizes emphasises stressed stresses explained explains warned warns
    insisted insists confirmed confirms announced announces reported reports wrote writes alleged
    alleges estimated estimates believes believed acknowledged acknowledges admitted admits
    denied denies declared declares asserted asserts highlighted highlights concluded concludes
    recalled recalls observed observes agreed agrees suggested suggests predicted predicts
    accused accuses described describes maintained maintains revealed reveals urged urges
    insisting stating saying telling adding noting claiming arguing warning according reporting
    announcing alleging"""
)
"""Verbs that introduce what somebody said: the backbone of attribution."""

SPEECH_FRAME_WORDS = words(
    """statement interview conference briefing release spokesperson spokesman spokeswoman
    company firm council ministry government authorities officials operator police office
    department press today
    yesterday tonight earlier later morning afternoon evening night week"""
)
"""The common words of a speech frame besides its verb, the speaker's role and the day
(``SPEECH_VERBS``, ``ROLE_WORDS``, ``WEEKDAYS``): who said it and when ("the company said in a
statement on Monday"). A quote whose sentence says nothing more is the whole statement
(``corroborate.match._unquoted``: a denial in it is a denial)."""

FINITE_AUXILIARIES = words(
    "is are was were has have had will would can could did does do must may might should"
)
"""Auxiliaries and forms of "be"/"have" that make a clause finite: a "that"-complement of
speech holds a verb, one of these or a word in -ed or -s (``extract.reported``), and one right
after "that" makes that "that" a relative pronoun (``RELATIVE_THAT_VERBS``)."""
BARE_CLAUSE_VERBS = words(
    "said says added adds claimed claims argued argues insisted insists believes believed "
    "estimated estimates"
)
"""Speech verbs whose reported clause often follows with no "that" ("Mayor Viktor Gromov said
the city had set aside 340 million roubles"): most English news drops it (review44 A5).
``extract.reported`` reads the clause only in a subject's shape, a verb close after it."""
SAID_FORMS = words("said says told")
"""The plain report's forms, past or present: a name right before one speaks by it even where
the parse lost the name (``grammar.Reader._name_right_before_said``)."""
TELLING_VERBS = words("told tells warned warns assured assures reminded reminds")
"""Speech verbs that name whom they tell before a clause with no "that" ("told reporters the
line would reopen", "warned residents the water was unsafe")."""
DEFINITE_DETERMINERS = words("the this these those his her their its our my your")
"""The article, demonstratives and possessives that open a noun phrase about someone or
something the text has in view: one list for the reported clause's subject
(``CLAUSE_SUBJECT_OPENERS``) and the dismissed-request pattern's nouns."""
CLAUSE_SUBJECT_OPENERS = DEFINITE_DETERMINERS | words(
    "a an some no all most many every each both several few one two three four five six seven "
    "eight nine ten"
)
"""Words that open a noun phrase: with a capitalised word or a figure, the shape of a reported
clause's subject after a speech verb ("said the city had", "said Gromov had")."""
CLAUSE_PRONOUNS = words("it he she they we i you there this")
"""Subject pronouns: right after a speech verb, the next word is the clause's verb ("said it
expects", "said he had")."""
RELATIVE_THAT_VERBS = FINITE_AUXILIARIES | words(
    "took came went began led left saw made hit fell rose kept held brought grew ran"
)
"""Verb forms that, right after "that", make it a relative pronoun with no subject of its
own ("the breach that took place", "the fire that was set"): no that-complement of speech
(``extract.reported``), whose "that" is followed by its clause's subject. With these, any
lower-case word in -ed but -eed ("the breach that affected …"; not "that speed cameras …",
nor a name such as "that Fred Olsen …"). Read in lower case only: "that Will Ferrell …"
opens a complement."""


THAT_CLAUSE_LEMMAS = words("accept answer recognise recognize")
"""Verbs that report words only with a "that" clause: "she accepted that she had never seen the
statements", "the firm answered that …", "the council recognises that …"; "accepted the
award", "answered the phone" are deeds (``grammar.is_speech_verb``). ("repeat" was tried with
them, en37: one validation split lost a speaker, so it is left out.)"""
VIEW_NOUNS = words("view opinion estimation judgment judgement assessment words")
"""Nouns of what someone holds or puts in words, set before a clause as its source: "In Lane's
estimation, …", "in her view, …", "In the words of the keeper, …" (``grammar.Reader.according``:
the holder speaks, as after "according to")."""


# The main verbs of a writer's note on why a source is unnamed ("They asked not to be
# identified because …", "The sources spoke on condition of anonymity", "He was not authorized
# to discuss it"), and the verbs such a note may hold without reporting anything.
ANONYMITY_NOTE_LEMMAS = words("ask request speak authorize authorise decline want insist agree")
ANONYMITY_NOTE_VERBS = ANONYMITY_NOTE_LEMMAS | words("discuss comment talk identify name")

# The same verbs as lemmas (base forms), for the parser-based attribution engine.
SPEECH_LEMMAS = words(
    """say state tell add note claim argue emphasize emphasise stress explain warn insist confirm
    announce report write allege estimate believe acknowledge admit deny declare assert
    highlight conclude recall observe agree suggest predict accuse describe maintain reveal urge
    quote cite comment respond reply testify complain caution tweet post indicate contend
    counter mention disclose concede forecast put ask insist reiterate assure acknowledge
    dismiss reject refute disagree blame call find show promise pledge vow expect recommend
    dispute hint"""
)
# Determiners and quantifiers of a subject noun, as the attribution grammar reads who speaks.
INDEFINITE_DETERMINERS = words("a an one another some several two three four many")
"""Before a singular noun, one person of many the text does not name ("a villager told …",
"one detective said"): an anonymous source."""
PART_QUANTIFIERS = words("two three four five six several some many most few")
"""Words that take "of" a group: "Two of the officers said", "some of the staff told us" are
part of that group speaking."""
SHARE_NOUNS = words(
    """half third quarter fifth sixth seventh eighth ninth tenth majority minority proportion
    share fraction percentage"""
)
"""Nouns of a share of a group ("a third of pharmacists say", "a majority of members said"):
a count of people, never one person, as "40 percent of" and "one in five" are; with a survey
named, the survey author's measurement (attribution convention 7)."""
SOMEONE_PRONOUNS = words("someone somebody")
"""Pronouns of one person the text does not name: an unnamed source when they speak."""
COUNTED_QUANTIFIERS = words("most many few all half")
"""Words that make a plural a part of a counted population ("Most respondents told us"): a
survey's tally, not people speaking."""
AT_LARGE_DETERMINERS = words("some several other")
"""The only words that leave a plural subject people at large ("Several landlords complain")."""
NAMING_LEMMAS = words("name identify")
"""Verbs of naming someone as who they are: "Police named the suspect as Ann Roe", "The coroner
identified the man as …" put in words who someone is (only with an object and "as")."""
# Verbs of addressing the press: "Dr X briefed reporters on the outbreak" is X speaking (only
# with reporters, journalists or the press for object).
ADDRESS_LEMMAS = words("brief address")
NOT_PEOPLE_ONLY_SPEECH_LEMMAS = words(
    """state report write estimate predict forecast indicate suggest show find describe reveal
    confirm conclude highlight observe recommend expect cite quote mention emphasize emphasise
    announce declare assert acknowledge disclose recall reiterate comment testify tweet post
    put ask call caution assure dismiss reject refute disagree blame promise pledge vow hint"""
)
"""Of ``SPEECH_LEMMAS``, the verbs that do not mark their subject as people speaking: a thing's
as well ("the study found", "figures show", "the report states", "the data suggest"), an act
of an office or a medium more than words ("announce", "testify", "tweet", "post"), or a verb
whose words are a call, a vow or a refusal ("ask", "call", "pledge", "dismiss", "reject")."""
PEOPLE_SPEECH_LEMMAS = SPEECH_LEMMAS - NOT_PEOPLE_ONLY_SPEECH_LEMMAS
"""Verbs only people speak with (README item 22): "Beekeepers warn that …", "Opponents argue …"
is a group at large whatever the plural noun ("Studies say", "Figures show" are documents,
read before). The rule: every verb of ``SPEECH_LEMMAS`` but those a thing, an office's act
or a call also takes (``NOT_PEOPLE_ONLY_SPEECH_LEMMAS``). Several of these are deeds as well
("add eggs", "respond to calls", "deny entry", "tell bees where …"): the grammar counts them
as speech only when they carry what was said (``grammar._people_speak``)."""
# Hearings that hear evidence (README item 45: "the court heard", "the inquest heard", "jurors
# were told"): what they heard is unattributed, nobody's by name, never the subject of the
# clause heard ("The court heard that X forged the invoices" is no claim of X's).
HEARING_NOUNS = words("court inquest tribunal jury jurors hearing trial magistrates")
# Verbs of judging something in words (README items 26 and 31: "the minister welcomed the
# figures", "the MP branded the scheme "a shambles"", "she pointed to a rise in rents"):
# the subject's claim only in their verbal shapes (``grammar._judges``); "welcomed 300
# refugees", "branded the vans with its logo", "the fossils point to …" are deeds or things.
WELCOMING_LEMMAS = words("welcome")
BRANDING_LEMMAS = words("brand")
POINTING_LEMMAS = words("point")
LEARNING_LEMMAS = words("learn")
"""Of ``PRESS_LEMMAS``, the ones by which an outlet says it was told by someone it does not
name: "The Wexbridge Post has learnt that …" is an unnamed source's claim with the paper as its
channel (item 39), where "The Times understands that …" is the paper's own (item 38)."""
LEARNING_PARTICLES = words("out")
"""The particle that turns a verb of finding into one of learning: "she found out that her
flight had been cancelled" is told to her, never her claim (a receiving word, as "learn")."""
# Verbs of learning, whose "from" names the one who told the learner (README items 39, 40:
# "The Courier says it learned of the merger from an aide …", "… it heard about the merger from
# an aide …"): the class of receiving words, not of reporting them ("learn" alone is also a
# press verb, above).
LEARNT_FROM_LEMMAS = LEARNING_LEMMAS | words("hear")
# Verbs of telling whose object is the one told, so that their passive's agent is the teller:
# "The Courier says it was told of the merger by an aide …", "… was informed by …", "… was
# briefed by …", "… was warned by …", "… was assured by …".
TOLD_BY_LEMMAS = words("tell inform brief warn assure")
# Verbs by which the press reports what it was told: "The Times understands that …" (only
# with a reported clause: "residents understand the risk" reports nothing).
PRESS_LEMMAS = words("understand") | LEARNING_LEMMAS
TOLD_THE_WRITER = (
    r"\b(?:told|tell|tells|telling|(?:said|say|says|wrote|write|writes|writing)\s+to)\s+(?:me|us)\b"
)
"""The words of a source who spoke to the writer ("three of our members have told me", "one of
the buyers told us privately"): inside an interview's answer, the teller speaks, not the
interviewee who passes it on (double attribution)."""
OWNER_DATA = (
    r"\btheir\s+(?:own\s+)?(?:figures|data|numbers|statistics|records|survey|research|count|"
    r"estimates?|measurements|readings)\b"
)
"""A document owned by "their" ("That's what their figures show"): in an answer, the body the
question just named ("The Marine Directorate says stocks are at a low. Is that right?")."""
CHALLENGE_VERBS = words("say says argue argues claim claims insist insists suggest suggests")
"""Present-tense verbs of an interviewer's challenge put as a statement ("Staff say the cuts
fall hardest on languages.", a paragraph of its own between two answers): a question."""
BROADCAST_ROLES = words(
    """host anchor presenter reporter correspondent interviewer announcer narrator moderator
    byline"""
)
"""A broadcast transcript's speaker tags that name a part, not a person ("HOST:", "Reporter:"):
they start a turn as a name does, but the turn is the programme's (the writer's) own."""
# Verbs of a press review whose subject is a paper: "The Courier leads with claims that …",
# "The Globe carries a warning from X that …" (the paper, or whom it carries, speaks).
PRESS_REVIEW_LEMMAS = words("lead carry splash run feature print headline")
# Verbs whose subject publishes someone else's words: "the newspaper quotes a source".
QUOTING_LEMMAS = words("quote cite")
# Verbs of telling by which a source passes on another's words: "X said the company told
# analysts …" gives the company (double attribution: the inner speaker).
RELAYED_LEMMAS = words("say tell confirm inform assure warn announce write")
# Verbs by which a paper publishes its own story: "The Journal reported …" makes "the report
# said" later on the Journal's.
PUBLISHING_LEMMAS = words("report")
# A company's results made public in its name (README item 27: to post results is to publish
# them): "Dunmore Grain posted a loss of £12m", "posted a 29 percent rise in quarterly profit"
# (never "posted a video", a deed).
RESULTS_LEMMAS = words("post")
RESULT_NOUNS = words(
    """profit profits loss losses revenue revenues sales earnings turnover income surplus
    deficit margin rise fall increase decrease decline drop jump gain"""
)
# Nouns of speech that can stand for their speaker: "His update highlighted", "a statement from".
SPEECH_NOUNS = words(
    """statement statements remarks remark comments comment words update report assessment
    account testimony message post interview speech claim claims briefing announcement letter
    post tweet"""
)

# What a body issues in its own name: "In a stock exchange filing, X offered …", "In an update
# to its members, the union referenced …" (never a study or report, which its authors only
# describe: "In their new study, X and Y looked for …").
ISSUED_NOUNS = (SPEECH_NOUNS - words("report assessment account")) | words(
    "filing filings memo email notice release submission"
)

# Warnings a body issues in its own name: "The Environment Agency has issued 34 flood
# warnings", "The institute issued a code orange weather warning" (the body speaks: a warning
# is words, not a deed).
WARNING_NOUNS = words("warning warnings alert alerts advisory advisories")
ISSUING_LEMMAS = words("issue")
# A body revising or keeping its own published forecast ("ABARES cut its forecast for the
# wheat crop", "Halvern Bank raised its target price", "the group kept its forecast for
# profit"): a figure it makes public, so a claim in words (convention 26), not a deed.
REVISING_LEMMAS = words(
    "cut raise lower lift trim keep maintain reaffirm reiterate upgrade downgrade slash"
)
FORECAST_NOUNS = words("forecast forecasts outlook guidance estimate estimates projection target")

# Things that happen, remembered as a whole ("The bank recalled the crisis of 2008", "the mill
# recalled the flood that closed it"): what a body recalls as a memory, never a product it
# takes back from sale (``grammar.recalls_a_product``).
HAPPENING_NOUNS = words(
    """crisis crash war flood fire storm strike launch opening founding merger takeover scandal
    recession pandemic collapse disaster incident accident meeting visit match election row"""
)

NAME_SPEECH_VERBS = words(
    """said says told tells added adds stated noted claimed argued warned insisted confirmed
    announced reported reporting wrote believes estimated agreed concluded"""
)
"""The speech verbs that, right after a capitalised word at a sentence start, show it is a
name (``names.mentions``): "Petrenko said" (the commonest verbs only; rarer ones there are
more often an ordinary word)."""

MODEL_SPEECH_VERBS = (
    "said",
    "says",
    "told",
    "reported",
    "announced",
    "confirmed",
    "stated",
    "wrote",
)
"""The score model's "named source" cue ("Petrenko said"): its weights were trained with
exactly these, in this order; changing them needs retraining (``score.model``)."""


# --- hedges and denials ------------------------------------------------------------------------

HEARSAY_ADVERBS = words("allegedly reportedly purportedly supposedly")
"""Adverbs by which the writer relays what unnamed others say: "Whitcomb allegedly told his
wife to leave" is nobody's named claim (the hedge patterns below flag the same words)."""

IMPERSONAL_LEMMAS = words("believe think understand")
"""Verbs of the impersonal passive by which the writer relays unnamed others: "It is believed
that …", "It is thought …", "It is understood …" (attribution README item 44: unattributed)."""
RAISED_HEARSAY_LEMMAS = IMPERSONAL_LEMMAS | words("say report rumour rumor allege")
"""The same verbs, and "said", with the claim's own subject raised before them: "The ferry
line is understood to be weighing a sale", "Two mills are said to have closed" (item 44).
Never "expected" or "set" ("The hearing is expected to run into next week": a schedule the
writer may know, item 44's settled exception)."""

HEDGES = (
    r"\breportedly\b",
    r"\ballegedly\b",
    r"\bapparently\b",
    r"\bcould\b(?![ \t\n]+(?:not|never|no[ \t\n]+longer)\b)",
    r"(?-i:\bmay\b)",
    r"\bmight\b",
    r"\bif confirmed\b",
    r"\bunconfirmed\b",
    r"\bunverified\b",
    r"\b(?:un)?likely\b",
    r"\bpossibly\b",
    r"\bprobably\b",
    r"\bpotentially\b",
    r"\bappears? to\b",
    r"\bseems? to\b",
    r"\bis (?:said|thought|believed) to\b",
    r"\bestimat(?:e|es|ed)\b",
    r"\bbelieved\b",
    r"\bsuspected\b",
    r"\bpresumably\b",
    r"\bperhaps\b",
)
"""The writer distances itself from the claim: the ``hedged`` flag. Not "could not" / "could
never" / "could no longer": a past inability ("people who could not check their own
accounts"), no doubt of the writer's (review44 A11)."""

READER_ADDRESS = (
    r"\b(?:you|your|yours|yourself|yourselves)\b",
    r"^\W*(?:please|sign\s+up|click|subscribe|register|donate|download|follow|share|join|visit|"
    r"read|watch|listen|send|become|contact|email|e-mail)\b",
)
"""The page speaks to its reader: a second-person word, or an imperative verb of the page's
own asking ("Sign up here.", "Send your story ideas to the newsroom.", "Become a member
today."): advice, promotion and calls, never the writer's account of a fact."""
WRITER_DOUBT = (r"\b(?:maybe|perhaps)\b",)
"""The writer wonders rather than states ("Maybe it was a whim.")."""

CLAIM_NOUNS = (
    r"reports?|claims?|accounts?|allegations?|accusations?|suggestions?|speculation|rumou?rs?|"
    r"assertions?|statements?|versions?|charges?|findings?|figures?|ideas?|notion|criticism|"
    r"stor(?:y|ies)|assessments?|conclusions?|concerns?|fears?|warnings?"
)
"""What "dismissed" must have for object to deny something ("dismissed reports that ...",
"dismissed Moscow's claim"): with another object it tells a firing ("dismissed Prime Minister
X", "was dismissed by decree"), not a denial (``DENIALS``)."""

DENIALS = (
    r"\bden(?:y|ies|ied|ying)\b(?!\s+(?:them|him|her|us|me|you|access)\b)",
    r"\brejected\b",
    r"\brefut(?:e|es|ed)\b",
    r"\bdebunk(?:s|ed)?\b",
    r"\bdismiss(?:ed|es|ing)?\b(?=\s+as\b|\s*[.,;:!?\"”]|\s*$|\s+(?:it|them|this|that)\b"
    rf"|(?:\s+(?!(?:that|as)\b)[^\s.,;:]+){{0,4}}?\s+(?:{CLAIM_NOUNS})\b)",
    r"\b(?:has|have) yet to (?:\w+ )?(?:acknowledge|confirm|admit)",
    r"\brefus(?:ed|es) to (?:confirm|acknowledge|comment)",
    r"\bdid not confirm\b",
    r"\bnot true\b",
    r"\bfalse (?:claims?|reports?)\b",
    r"\b(?:is|are|was|were) (?:false|untrue|baseless|groundless)\b",
    r"\bfake\b",
)
"""Someone says a thing is not so: the ``denial`` flag, and what the corroboration matcher
counts as one claim denying another (both read ``DENIAL_RE``). "Dismissed" denies only a
claim (``CLAIM_NOUNS``, "dismissed as", "dismissed it"): "dismissed the prime minister" is a
firing."""

FAKE_THING_RE = re.compile(
    rf"\bfake(?=-[a-z]|\s+(?!(?:news|{CLAIM_NOUNS}|and|or|but|that|which|who|to|by|in|on|at|"
    r"as|of|for|with|from|after|before|because|since|so)\b)[a-z])",
    re.I,
)
""""Fake" before the thing it describes ("fake perfume", "a fake-watch ring", "fake ticket
offices"): goods or a business that a report says are counterfeit, no denial of another
report, as "the video is fake", "was a fake that ...", "fake news" and "fake reports" are
(``DENIALS``' "fake"). The matcher reads its denials without it."""

NO_COMMENT_RE = re.compile(
    r"\b(?:declin|refus)(?:ed|es|e|ing) to (?:comment|be interviewed|answer questions)\b|"
    r"\b(?:did|does|has|have|had)(?: not|n['’]t) (?:immediately |yet )?"
    r"(?:respond(?:ed)?|repl(?:y|ied)|return(?:ed)?|answer(?:ed)?)(?: to)? (?:[\w-]+ ){0,3}"
    r"(?:requests?|calls?|e-?mails?|messages?|questions?|inquir(?:y|ies)|queries)\b|"
    r"\bcould not (?:immediately )?be reached\b|"
    r"\b(?:was|were|is|are) (?:not |un)available for comment\b|"
    r"\b(?:had|has|have) no (?:immediate |further )?comment\b",
    re.I,
)
"""A refusal to speak: "declined to comment", "did not respond to a request for comment",
"could not be reached", "had no immediate comment". Whoever refused, nothing was said that a
reviewer could check (``score.combined.refuses_comment``); the refuser stays the speaker."""
NO_COMMENT_CONTENT_RE = re.compile(
    r"\b(?:said|says|saying|added|adding|but|that|although|though|while|because)\b", re.I
)
"""Words that bring something said beside a refusal ("declined to comment, but said the
plant would reopen"): such a sentence is no bare refusal."""

STANCE_DENIALS = (
    r"\b(?:refut\w*|reject\w*|debunk\w*|"
    r"(?:yet|refus\w*|declin\w*|fail\w*) to (?:\w+ )?(?:acknowledge|confirm|admit|recogni[sz]e)|"
    r"(?:has|have|had|did|does|do) not (?:\w+ )?(?:confirm|acknowledge|admit|lose|lost|fall)\w*|"
    r"never (?:\w+ )?(?:captured|took|lost|fell)|not true|false claims?|no evidence)\b",
)
"""Denials phrased about holding ground ("never lost", "did not fall"): part of
``DENIAL_RE`` with ``DENIALS`` (which has the verb "deny", minus "denied access")."""

NEGATIONS = (
    r"\b(?:has|have|had|did|does|do|is|are|was|were|will)(?: not|n['’]t) (?:been |yet )?"
    r"(?:\w+ed|made|agreed|sold|taken|lost|held|won|given|done|seen|found|gone|fallen|been)\b",
    r"\bno \w+(?: \w+)? (?:had|has|have|was|were) (?:been|taken)\b",
)
"""A statement put in the negative ("has not made an offer", "no strike had taken place"):
for the corroboration matcher, it denies the same statement put positively."""

_DISMISSED_REQUESTS = "suit|lawsuit|case|appeal|complaint|motion|petition"
_DISMISSED_NOUN_STARTS = "|".join(
    (
        *sorted(INDEFINITE_DETERMINERS | DEFINITE_DETERMINERS),
        *CARDINALS,
        r"\d[\d,.]*",
    )
)
_DISMISSED_GAP_WORD = (
    r"\s+(?:against|by|of|in|from|over|on|at|with|to|for|about|under|that|which)"
    rf"(?:\s+(?:{_DISMISSED_NOUN_STARTS}))?\b"
    rf"|\s+(?!(?:{_DISMISSED_NOUN_STARTS}|{'|'.join(sorted(CLAUSE_JOINERS))}|who|whom"
    r"|was|were|is|are|has|have|had)\b)[\w'’-]+"
)
"""What may stand between a suit (a case, an appeal, a complaint, a motion) and the "was
dismissed" it is the subject of: the words of its own phrase ("the suit she brought against a
local paper was dismissed"). A new noun phrase opened by a determiner or a number that no
preposition or "that" governs ("in one case the nurse was dismissed"), a clause joined by "and"
("the complaint prompted an inquiry and two officers were dismissed"), "who", or a subject
pronoun right before "was" tells of someone else dismissed: a person sacked, not a request
refused (review29a)."""

OUTCOME_NEGATIONS = (
    r"\b(?:did|does|do|will|would|could|can|has|have|had|is|are|was|were)(?: not|n['’]t) "
    r"(?:yet )?(?:be(?:en)? )?(?!only\b|just\b|least\b|as\b)[a-z]\w+",
    r"\b(?:cannot|never)\b",
    r"\b(?:fail(?:ed|s)?|declin(?:ed|es)|refus(?:ed|es)|unable) to [a-z]\w+",
    r"\bfail(?:ed|s)\s+(?:its|the|their|his|her|a|an|this|that)\b",
    r"\bno (?!doubt\b|longer\b|more\b|less\b|later\b|sooner\b|matter\b|one\b)[a-z]\w+",
    r"\bacquit\w*|\bfell short\b|\bdropp(?:ed|ing) (?:its|the|their|his|her) plans?\b",
    r"\b(?:nobody|no one|none(?: of \w+)?) (?:was|were|has|had|is|have)\b",
    r"\b(?:call(?:ed|s|ing)? off|put off|postpon(?:e|es|ed|ing)|ruled? out|rules out)\b",
    r"\b(?:push|pushed|pushes|pushing|put) back (?:to|until|till)\b",
    r"\bdefer(?:s|red|ring)\s+(?:the|its|their|his|her|a|an|[\w-]+['’]s)\b"
    r"|\b(?:was|were|been|be|is|are)\s+deferred\b",
    r"\bvoted down\b|\bwithout (?:a|an|any) (?:fine|agreement|deal|penalty)\b",
    r"\brefus(?:ed|es)\b",
    r"\bdismiss(?:ed|es)\b(?:\s+[\w'’-]+){0,4}?\s+(?:suit|lawsuit|case|appeal|complaint)\b",
    rf"\b(?:{_DISMISSED_REQUESTS})\b(?:{_DISMISSED_GAP_WORD}){{0,10}}?"
    r"(?<!\bhe)(?<!\bshe)(?<!\bthey)(?<!\bwe)(?<!\bwho)"
    r"\s+(?:was|were|is|are|has been|have been|had been)\s+dismissed\b",
)
"""An outcome put in the negative ("left no deaths", "failed to land", "declined to
approve", "did not produce", "was acquitted"): for the corroboration matcher only, the
opposite of the outcome put positively (with ``NEGATIONS`` and ``DENIALS``). "Declined to
11.2%" is a figure going down, not a refusal: the verb after "to" is a word. An event called
off, put off, deferred ("deferred the nomination", "was deferred"; not "deferred tax"),
pushed back to a later time ("the target pushed back to 2029"; not "unions pushed back") or
ruled out did not happen as the other claim tells it ("called off the
strike" beside "the strike will go ahead"), and so did a rise "voted down" or a case closed
"without a fine" or talks ended "without an agreement"; "cancelled" and "scrapped" are left
out: their object is as often a thing as an event ("cancelled 1,000 flights", "parking was
scrapped"). A request refused ("refused Varnia's request to extradite him", "refused him
permission to appeal") or a suit, case, appeal or complaint dismissed (or "the suit she
brought ... was dismissed") is the request turned
down, as "rejected" is (``DENIALS``) and as Russian and Ukrainian «отказал», «відмовив»,
«отклонил», «відхилив» are (``lexicon.cyrillic.DENIALS``). "None had been traced to the
schools" denies as "no case had been traced" does, and as «связи не выявлено» does ("none
was injured", a count of none, is ``NOBODY_WORDS``' and never read as one)."""

# --- outcomes ------------------------------------------------------------------------------

DIRECTIONS = {
    True: r"ros[ei]|ris(?:e|es|ing)|gr[eo]w(?:s|n|ing)?|expand(?:s|ed|ing)?|increas(?:e|es|ed|ing)|"
    r"rais(?:e|es|ed|ing)|lift(?:s|ed|ing)?|hik(?:e|es|ed|ing)|upgrad(?:e|es|ed|ing)|"
    r"climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|soar(?:s|ed|ing)?|widen(?:s|ed|ing)?",
    False: r"f[ae]ll(?:s|ing|en)?|shr[aiu]nk(?:s|ing)?|contract(?:s|ed|ing)|decreas(?:e|es|ed|ing)|"
    r"lower(?:s|ed|ing)?|downgrad(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|drop(?:s|ped|ping)?|"
    r"eas(?:e|es|ed|ing)|slash(?:es|ed|ing)?|plung(?:e|es|ed|ing)|narrow(?:s|ed|ing)?",
}
"""Verbs that tell which way something went (True: up, False: down): "the economy grew" and
"the economy shrank", "raised the alert" and "lowered the alert" are opposite accounts."""

OUTCOME_VERBS = {
    **dict.fromkeys(words("beat defeat overcome stun edge thrash rout outvote"), "beat"),
    **dict.fromkeys(
        words("win retain clinch secure achieve land succeed escape avoid survive"), "gain"
    ),
    **dict.fromkeys(words("lose concede crash crash-land fail collapse"), "lose"),
    **dict.fromkeys(
        words(
            "approve grant clear acquit pass allow permit accept authorise authorize endorse sign"
        ),
        "grant",
    ),
    **dict.fromkeys(
        words("reject refuse ban suspend convict block veto overturn bar disqualify jail fine fin"),
        "refuse",
    ),
}
"""Verbs that tell how something turned out for whom (``corroborate.outcomes``): ``beat`` is
good for its doer and bad for its object ("X beat Y"), ``gain`` good for its doer ("X won",
"the lander touched down"), ``lose`` bad for its doer ("X lost to Y": good for Y), ``grant``
good for what it acts on ("the FDA approved X"; "the law passed" without an object), ``refuse``
bad for what it acts on ("the court refused X", "X was banned"; "fin" is the lemma the
parser gives "fined"). Phrasal forms ("touch down",
"turn down") are in ``OUTCOME_PHRASES``."""

OUTCOME_PHRASES = {
    ("touch", "down"): "gain",
    ("set", "down"): "gain",
    ("turn", "down"): "refuse",
    ("knock", "out"): "beat",
}
"""Verb plus particle outcomes ("touched down", "turned him down", "X knocked Y out", "Y were
knocked out by X")."""

OUTCOME_PREPOSITIONS = {
    ("vote", "against"): "refuse",
    ("vote", "for"): "grant",
    ("rule", "against"): "refuse",
    ("rule", "for"): "grant",
}
"""Verb plus preposition outcomes: what follows the preposition is what it acts on ("voted
against changing the constitution")."""

OUTCOME_NOUNS = {
    **dict.fromkeys(
        words("victory win landing approval acquittal success permission leave"), "gain"
    ),
    **dict.fromkeys(
        words("defeat loss crash failure ban suspension conviction rejection fine"), "lose"
    ),
}
"""Nouns of an outcome, good or bad for who has it ("a 2-1 victory over Y", "handed X a
ban"): the holder is the possessor, the one it is given to, or the subject of the verb it
hangs on ("X suffered a defeat"); "over Y" names the other side."""

OUTCOME_RANKS = {"ahead": False, "behind": True}
"""Words that rank a named party against the subject: "finished ahead of Y" (Y did worse),
"came in behind Y" (Y did better); the subject the other way round. "Ahead of the vote" names
no party and ranks nothing."""

OUTCOME_NEGATORS = words("fail decline refuse")
"""Verbs that put the verb they govern in the negative: "failed to land", "declined to
approve" (the matcher's outcomes; the same idea as ``OUTCOME_NEGATIONS`` for the regexes)."""

OUTCOME_SHIELDS = words("escape avoid survive")
"""Verbs whose object is an outcome that did not happen to the subject ("escaped a ban")."""

OUTCOME_CUES = re.compile(
    r"\b(?:beat|defeat|overc[ao]m|stun|edg(?:e|ed|es|ing)\b|thrash|rout(?:ed|s)?\b|outvot|"
    r"w[oi]n|retain|clinch|secur|achiev|land|succe|escap|avoid|surviv|ahead\s+of|behind|"
    r"los(?:t|es?|ing)\s+(?:the|his|her|its|their|to|a|an|out|on)\b|conced|crash|fail|collaps|"
    r"approv|grant|clear|acquit|pass(?:ed|es)?\b|allow|permit|accept|authori|endors|"
    r"reject|refus|ban|suspen|convict|block|veto|overturn|barred|disqualif|jail|fine[ds]?\b|"
    r"sign(?:s|ed|ing)?\b|"
    r"touch\w* down|set\w* down|turn\w* down|knock\w* (?:\w+ ){0,3}out\b|"
    r"victor|success|conviction|loss|permission|"
    r"leave|vot\w+ (?:against|for)|rul\w+ (?:against|for))",
    re.IGNORECASE,
)
"""A cheap look at the text before parsing it: no cue, no parse (most claims have none). A
lost place ("denied losing X") is the stances' business, so "lose" only counts before an
object of another kind."""


IRREALIS = (
    r"\b(?:if|would|could|might|may|whether|attempt\w*|try\w*|goal|precondition|aim\w*|"
    r"directive|determination|objective|plan\w*|seek\w*|bid|unlikely|avoid|able)\b[^.;]{0,40}$"
)
"""Words before a verb that make it assert nothing ("would capture", "attempt to seize"):
intent, condition and possibility (``corroborate.stances``)."""


def any_of(patterns: tuple[str, ...]) -> re.Pattern[str]:
    """One compiled case-insensitive regex matching any of ``patterns`` (behind a look-ahead at
    their first letters: the same matches, without entering every branch at every word)."""
    return compile_prefiltered("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


HEDGE_RE = any_of(HEDGES)
READER_ADDRESS_RE = re.compile("|".join(READER_ADDRESS), re.IGNORECASE)
WRITER_DOUBT_RE = any_of(WRITER_DOUBT)
DENIAL_RE = any_of(DENIALS + STANCE_DENIALS)
NEGATION_RE = any_of(NEGATIONS)
OUTCOME_NEGATION_RE = any_of(OUTCOME_NEGATIONS)
_CONTRAST_SKIPPED = r"(?:by|a|an|the|in|at|of|from|to|for|with|as)\s+"
"""A function word passed over after ", not" or "rather than" (``CONTRAST_RE``)."""
_CONTRAST_WORDS = r"([a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2})"
"""Up to three words, what the claim says the thing is not (``CONTRAST_RE``'s groups)."""
CONTRAST_RE = re.compile(
    rf"(?:[,;—–]|\b(?:and|but))\s+not\s+(?:{_CONTRAST_SKIPPED})*+"
    r"(?!(?:only|least|just|yet|even|far|long|much|always|all|quite|necessarily|because|since|"
    r"until|when|if|that|so|too|enough|once|ever|every|one|any|first|last|second|counting|"
    r"including)\b)"
    rf"{_CONTRAST_WORDS}|\brather than\s+(?:{_CONTRAST_SKIPPED})*{_CONTRAST_WORDS}",
    re.I,
)
"""What a claim says a thing is not ("brass replicas, not gold", "a fire, not by a fault in
the line", "a hoax rather than a leak"): up to three words after ", not" or "rather
than" (function words skipped; "not only", "not least", "not for the first time" are no
contrast, nor "not counting", "not including": an amount left out). A claim putting those
words forward about the same names is contradicted (``corroborate.match``). The figures of
such a correction are ``match._NEGATED``'s."""
ASIDE_RE = re.compile(
    r"^\W*also\b|\b(?:separately|meanwhile|elsewhere"
    r"|the same (?:day|morning|afternoon|evening|night|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
    r"|(?:on|in|at) the same (?:sale|session|meeting)"
    r"|(?:was|were) also (?!(?:said|reported|quoted|believed|thought)\b)[a-z]+(?:ed|en|wn|t))\b",
    re.IGNORECASE,
)
"""Words that tell another event beside the story's ("Also on Sunday an avalanche near X
killed …", "X sold another painting in the same sale", "On the same day (Thursday, morning)
the court ruled …"):
such a claim is never the story's own claim told again (the matcher's ``ClaimFacts.aside``).
"Also" only opening the sentence, or between "was"/"were" and the verb of what befell others
("about 300 fans were also turned away at another gate", "two pupils were also
suspended over another incident"): "Gerasimov also noted that …" is one more claim of the
speaker's, which other articles repeat, and "was also said to …" hedges the story's own.
"Also" before an active verb is no aside: reports add the story's own facts so ("Officers also
seized two guns in the raid", "the council also approved the rise"), and other reports tell
them without it (mend27b: 261's branch for a deed in the past, "customs also seized …", was
fitted to the labelled splits' `near` distractors, written with "also" by habit, and made
such pairs `related`)."""
UNVERIFIED_RE = re.compile(
    r"(?:\bnot|n['’]t|\bcannot)\s+(?:(?:yet|immediately|independently|officially)\s+)?"
    r"be(?:en)?\s+(?:(?:yet|immediately|independently|officially)\s+)?"
    r"(?:verified|confirmed)\b",
    re.IGNORECASE,
)
"""The writer's caveat that a claim could not be checked ("could not be independently
verified", "couldn't immediately be verified", "has not been officially confirmed"): hedges
the claim, never denies it (a speaker who "did not confirm" is ``DENIALS``'). ``n't`` has no
``\b`` before it: it is glued to its verb ("hasn't")."""
IRREALIS_RE = re.compile(IRREALIS, re.IGNORECASE)

_MONTH_NAME = "|".join(sorted(ENGLISH, key=len, reverse=True))
RELEASE_DATELINE = (
    rf"^[ \t]*[A-Z][^\n()]{{1,60}}?[ \t]\((?i:{_MONTH_NAME})\.?[ \t]+\d{{1,2}},[ \t]+\d{{4}}\)"
    r"[ \t]*(?:-{1,2}|–|—)[ \t]"
)
"""A dateline that gives the release's own full date in brackets where a news agency puts its
name ("DENVER, Colo. (May 6, 2026) – The Harwick Board announced today …", "Ashby CO (June 2,
2026) – Deputies arrested …"): the form of a public body's or a company's own release; a
wire's is "DENVER, May 6 (Reuters) -". The lines above it are the release's display lines."""
RELEASE_DATELINE_RE = re.compile(RELEASE_DATELINE, re.MULTILINE)
# Marks of a press release (a newswire in the dateline, "X (NASDAQ: X) today announced", a
# media-contact line, a dateline with the release's own date in brackets): its own sentences
# are the issuing organisation's words.
PRESS_RELEASE_RE = re.compile(
    r"/\s*(?:[A-Z][A-Za-z]*[ \t]?){0,2}(?i:wire)\s*/"
    r"|\((?:NASDAQ|Nasdaq|NYSE|LSE|TSX|AIM|OTCQX|OTCQB|Euronext)\s*:\s*[A-Z][A-Z.]{0,6}\)"
    r"\s*(?:today\s+announc(?:ed|es)|announc(?:ed|es)\s+today)"
    r"|^(?:For )?(?:Media|Press|Investor) (?:[Cc]ontacts?|[Ee]nquiries|[Ii]nquiries)\s*:"
    rf"|{RELEASE_DATELINE}",
    re.MULTILINE,
)
"""What marks a press release: a newswire slug ("/PR Newswire/", "/Business Wire/", any
"/…Wire/"), a ticker with "today announced" or "today announces", a media-contact line ("For
Media Inquiries:"), or a dateline with the release's own date in brackets
(``RELEASE_DATELINE``)."""
IMMEDIATE_RELEASE = (
    r"^[ \t*_#]*(?:FOR[ \t]+IMMEDIATE[ \t]+RELEASE|For[ \t]+immediate[ \t]+release)\b"
    r"[^\n]{0,40}$"
)
IMMEDIATE_RELEASE_RE = re.compile(IMMEDIATE_RELEASE, re.MULTILINE)
"""A release's "FOR IMMEDIATE RELEASE" line (with a date after it at most): the release's
text starts below it, and the headline above it is no sentence of the lede."""
RELEASE_MARK_RE = re.compile(
    r"(?:^[ \t*_#]*|[|–—][ \t]*)(?i:for[ \t]+immediate[ \t]+release)\b", re.MULTILINE
)
"""The words "for immediate release" opening a line or a field of one, whatever follows
("NEWS RELEASE | X | For immediate release", "FOR IMMEDIATE RELEASE Contact: …", "FOR
IMMEDIATE RELEASE - May 9 - X is recalling …"): a release's furniture, however the page sets
it out (read in its header lines); never the words inside a sentence ("in a notice marked for
immediate release")."""
STATEMENT_RE = re.compile(
    r"^[ \t]*(?:-[ \t]*)?ENDS(?:[ \t]*-)?[ \t]*$"
    r"|^[ \t]*Notes?[ \t]+(?:to|for)[ \t]+[Ee]ditors\b"
    r"|^(?:[^\n]{0,60}\|[ \t]*)?(?:News|Press|Media)[ \t]+[Rr]elease[ \t]+(?:No\.?[ \t]*)?\d"
    r"|^[ \t]*Issued[ \t]+by[ \t]+[A-Z]"
    r"|^[ \t]*(?i:source)[ \t]*:[ \t]*(?i:(?:press|news|media)[ \t]+)?(?i:release)[ \t.]*$"
    rf"|{IMMEDIATE_RELEASE}",
    re.MULTILINE,
)
"""What marks a body's own statement or release as its issuer's text: an "ENDS" line, "Notes
to editors", a numbered "News release 412/26", an "Issued by X" line, a "Source: Release" (or
"Source: press release") line where a site names what it reposts, a "FOR IMMEDIATE
RELEASE" line of its own (a release's furniture, which a news story never prints; a story
quoting a release quotes its sentences, not its header)."""
ISSUED_BY_RE = re.compile(
    r"^[ \t]*Issued[ \t]+by[ \t]+(?:the[ \t]+)?(?P<name>[A-Z][^,;\n]{2,80}?)[ \t]*(?:[,;]|$)",
    re.MULTILINE,
)
"""A statement's issue line, which names its issuer: "Issued by the Tanner Union, 2 June"."""
ATTRIBUTE_TO_RE = re.compile(
    r"^[ \t]*(?:Please[ \t]+)?(?:[Aa]ttribute|(?:[Qq]uotes?[ \t]+)?[Aa]ttributable)[ \t]+to"
    r"[ \t]+(?P<name>[A-Z][^\n:]{2,80}?)[ \t]*:?[ \t]*$",
    re.MULTILINE,
)
"""A release's attribution line, which names who speaks it ("Please attribute to Detective
Sergeant Ann Roe:", "Quotes attributable to Ann Roe"): every sentence after it without a
source of its own is that person's."""
RELEASED_BY_RE = re.compile(
    r"^[ \t]*(?:Released|Issued|Distributed|Authori[sz]ed|Approved)[ \t]+by[ \t]*:[ \t]*"
    r"(?P<name>[A-Z][^\n,.;:]{2,80}?)[ \t]*(?=[,.;]|$)",
    re.MULTILINE,
)
"""A release's header field that names who releases it, a form's label and a colon ("Released
by: Inspector Ann Roe, Roads Unit."): the issuing officer or body, whose release's sentences
are theirs, as after "Please attribute to" (README convention 25). Only in the page's header
lines (``Engine._press_release``); "Issued by X" with no colon is a statement's issue line."""
STATEMENT_BY_RE = re.compile(
    r"\A\s*(?:(?:Joint|Public|Full|Official|Personal)[ \t]+)?[Ss]tatement[ \t]+(?:by|from)"
    r"[ \t]+(?:the[ \t]+)?(?P<name>[A-Z][^\n,:;()]{2,80}?)[ \t]*(?=[,:;(]|[ \t]+(?:on|about"
    r"|regarding|following|after|in[ \t]+response)[ \t]|\n|\Z)"
)
"""A statement's heading, its first line, which names who makes it ("Statement by Bishop Ann
Roe, Bishop of Y, on the publication of …", "Statement from the Tanner Union on the strike"):
the statement's own sentences are that person's or body's, as after "Please attribute to"."""
ABOUT_ISSUER_RE = re.compile(
    r"^About (?:the )?(?P<short>[A-Z][^:\n]{2,80}?)(?::[ \t]+|[ \t]*\n\s*)(?:The |the )?"
    r"(?P<full>[A-Z][^\n]{2,120}?)\s+(?:is|was|are)\s",
    re.MULTILINE,
)
"""A press release's boilerplate, which names its issuer twice: "About the Halden Institute:
The Halden Institute for Health Research is an independent …", or "About X" as a heading over
the paragraph (the full name after it must begin with the short one: "About the author: Jane
Roe is …" is no issuer)."""
ABOUT_HEADING_RE = re.compile(
    r"^About (?:the )?(?P<name>[A-Z][^:\n]{2,80}?)(?:[ \t]*\n\s*|[ \t]+)(?:The |the )?(?P=name)"
    r"[ \t]+[a-z]",
    re.MULTILINE,
)
"""A release's "About X" heading over a paragraph that opens on the same name and a verb other
than "is" ("About Halden Energy // Halden Energy develops and operates …"), or run onto its
line as a page copied as text does ("About Halden Halden was founded in 2019"): X is the
issuer."""
ISSUER_SELF_RE = re.compile(
    r"^(?:The[ \t]+)?(?P<name>[A-Z][\w&.'’-]*(?:[ \t]+(?:of|for|and|&|[A-Z][\w&.'’-]*)){0,7})"
    r"[ \t]+(?:is|are)[ \t]+(?:an?|the)[ \t]",
    re.MULTILINE,
)
"""A release's closing self-description with no "About" heading: "The Halden Consumer Fund is
an independent, non-partisan group that …" (the issuer, when the release named it before)."""
SOURCE_LINE_RE = re.compile(r"^SOURCE[ \t]+(?P<name>[A-Z][^\n]{2,80}?)[ \t]*\Z")
"""A newswire release's closing line, which names its issuer: "SOURCE Halden Institute" (the
wire's own promotion may follow it: ``attribution._issuer`` reads the last lines)."""


def _either_case(word: str) -> str:
    """A lower-case word as a pattern that also matches it capitalised (a sentence's first)."""
    return f"[{word[0].upper()}{word[0]}]{re.escape(word[1:])}"


def _police_voices() -> str:
    """The police as a speaker by a common noun, as one alternation: "Police", "Officers",
    "Detectives", "The force" (a bare "force" is another force's word: "Kent's force")."""
    nouns = sorted(POLICE_VOICE_NOUNS - {"force"} | plural_nouns(POLICE_OFFICER_NOUNS))
    return "|".join([*(_either_case(n) for n in nouns), r"[Tt]he[ \t]+force"])


POLICE_APPEAL_RE = re.compile(
    rf"\b(?:{_police_voices()})[ \t]+(?:are|were|have[ \t]+been"
    r"|is|has[ \t]+been)[ \t]+(?:now[ \t]+|urgently[ \t]+)?(?:appealing|renewing[ \t]+(?:an|their)"
    r"[ \t]+appeal)\b"
)
"""A police appeal in a sentence: "Officers are appealing for witnesses", "Detectives are
appealing for information", "Police have been appealing …" (the force asks the public)."""
APPEAL_LEMMAS = words("appeal")
"""The verb by which a force asks the public for help ("Police in X are appealing for
witnesses", "Detectives investigating … appealed for information"): read with its subject in the
parse (``extract.attribution._appeal_by_police``), not by the words before it."""
APPEAL_ISSUING_LEMMAS = words("issue launch make renew")
"""Verbs that put out an appeal named as a noun ("Officers have issued an appeal for
witnesses", "Police renewed their appeal"); "lodged an appeal" is a court's, not the public's."""
FORCE_NAME_RE = re.compile(
    r"(?<![\w’'-])(?:[A-Z][\w’'-]*[ \t]+(?:(?:and|of|&)[ \t]+)?){1,4}"
    r"(?:Police(?:[ \t]+(?:Service|Department|Force))?|Constabulary)\b(?![ \t]+[A-Z])"
)
"""A police force by its name, whole: "South Wales Police", "Avon and Somerset Police",
"Police Service of Northern Ireland" is no such name (its noun opens it), "Kent Police
Federation" neither (a capitalised word after it: another body)."""
OFFICERS_OF_RE = re.compile(
    r"(?<![\w’'-])(?P<name>[A-Z][\w&’'.-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w&’'.-]*){0,4})[ \t]+"
    rf"(?:{'|'.join(sorted(plural_nouns(ACTING_OFFICER_NOUNS)))})\b"
    rf"|\b(?:{'|'.join(_either_case(w) for w in sorted(plural_nouns(ACTING_OFFICER_NOUNS)))})"
    r"[ \t]+(?:from|of|with)"
    r"[ \t]+(?:the[ \t]+)?(?P<body>[A-Z][\w&’'.-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w&’'.-]*){0,4})"
)
"""A body named by the officers who acted for it ("KPD officers stopped a van", "Officers
from Harrow Vale Police attended"): in a police release that names its issuer nowhere else,
the force whose officers did what the release reports."""
POLICE_CONTACT_RE = re.compile(
    r"\b(?:[Aa]nyone|[Aa]nybody|[Ww]itnesses|[Tt]hose)\b[^.\n]{0,120}?\b(?:call|contact|ring)\b"
)
"""An appeal's contact line ("Anyone with information is asked to contact Kent Police
quoting …"): the force asks, it is no source quoted."""
_PSEUDONYM_NAME = r"[\"“‘']?(?P<name>[A-Z][a-z’'-]+(?:[ \t]+[A-Z][a-z’'-]+)?)(?![\w’'-])[\"”’']?"
PSEUDONYM_RES = (
    re.compile(
        r"(?:(?P<who>\b(?:[Aa]n?|[Oo]ne)[ \t]+(?:[\w’'-]+[ \t]+){0,3}?[\w’'-]+),?[ \t]+"
        r"(?:who(?:m)?[ \t]+)?)?"
        r"\b(?:[Ww]e|I)(?:[’']ll|[’']re|[’']m|[ \t]+will|[ \t]+shall|[ \t]+are|[ \t]+am)?"
        r"[ \t]+(?:going[ \t]+to[ \t]+)?call(?:ing)?[ \t]+(?:(?:her|him|them)[ \t]+)?"
        + _PSEUDONYM_NAME
        + r"(?![ \t]+(?:on|at|in|to|for|about|back|every|again)\b)"
    ),
    re.compile(
        r"(?<![\w’'-])" + _PSEUDONYM_NAME + r"(?:[ \t]*\([ \t]*|,[ \t]+|[ \t]+[—–-][ \t]+)"
        r"(?:not[ \t]+(?:her|his|their)[ \t]+real[ \t]+names?|a[ \t]+pseudonym"
        r"|names?[ \t]+(?:has[ \t]+been[ \t]+|have[ \t]+been[ \t]+)?changed"
        r"|whose[ \t]+(?:real[ \t]+)?names?[ \t]+(?:has|have|was|were)[ \t]+been[ \t]+changed)\b"
    ),
)
"""A name the writer made up to keep a source unnamed: "a worker we'll call 'Zelda'", "Lena
Ortiz (not her real name)", "Tom, whose name has been changed, …", "Ana (a pseudonym)". Each
pattern's ``name`` is the made-up name; the first one's ``who``, when the text gives it, the
unnamed person it stands for ("a worker"). Whatever that name says, the text withholds who
speaks: anonymous."""
SIGNED_BY_RE = re.compile(
    r"\b(?:[Pp]osted|[Ww]ritten)[ \t]+by[ \t]+(?P<credit>[^\n*|]{3,160})"
    r"|^[ \t]*[Bb]y[ \t]+(?P<plain>[^\n*|]{3,160})",
    re.MULTILINE,
)
"""A piece's signature near its top: "Posted by Martin Obi, chair, Beacon Court Residents'
Association, 28 November 2026", "*Posted by Cllr Sam Ade, Northgate ward*", "By Ann Roe"."""
FOOT_SIGNATURE_RE = re.compile(
    r"\A[ \t*_]*(?P<name>[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){1,4}),[ \t]+"
    r"(?P<body>[A-Z][\w.’'&-]*(?:[ \t]+(?:[A-Z][\w.’'&-]*|of|and|for|the|&)){1,7})[ \t*_]*\Z"
)
"""A page's last line as a signature: a person, a comma and the body they speak for ("Chief
Ann Roe, Harwick Police Department"), nothing else on the line (``Engine._signed``)."""
FIRST_PERSON_RE = re.compile(
    r"\b(?:I|I['’](?:m|ve|d|ll)|me|my|[Ww]e|[Ww]e['’](?:re|ve|ll)|us|[Oo]ur)\b"
)
"""The writer speaking as "I" or "we" ("I watched the video", "our officers"): a page whose own
sentences say it is signed by its speaker, not reported about them."""
SECOND_PERSON_RE = re.compile(r"\b(?:[Yy]ou|[Yy]our|[Yy]ours|[Yy]ourself)\b")
"""A page addressing its reader ("protect your records", "if you see …"): advice, no claim."""
MEDIA_CONTACT_RE = re.compile(
    r"^[ \t]*(?:For[ \t]+)?(?:Media|Press)[ \t]+(?:[Cc]ontacts?|[Ee]nquiries|[Ii]nquiries)"
    r"[ \t]*:[ \t]*(?P<line>[^\n]*?)[ \t]*$",
    re.MULTILINE,
)
"""A release's media-contact field ("Media contact: Press Office, Harwick Water Board"): when
it names no person's address, its last part is the body that issued the release."""
PRESS_OFFICE_RE = re.compile(
    r"(?:[Cc]ontact|[Ee]nquiries|[Ii]nquiries)[ \t]*:?[ \t]+(?:the[ \t]+)?"
    r"(?P<name>[A-Z][\w&'’.-]*(?:[ \t]+(?:[A-Z][\w&'’.-]*|of|and|for|on))*?)"
    r"[ \t]+press[ \t]+office\b"
)
"""A page's foot sending the press to its issuer's own press office by name ("For more
information contact the Harrowfield Cycle Alliance press office", "Media enquiries: DLR press
office"): a body gives its own office as the press contact of its own page."""
ISSUER_HEADER_RE = re.compile(
    r"^[ \t]*(?P<name>[A-Z][^\n|–—]{1,80}?)[ \t]+[|–—][ \t]+"
    r"(?:(?:[Nn]ews|[Pp]ress|[Mm]edia)(?:[ \t]+(?:[Rr]elease|[Nn]otice|[Ss]tatement|[Cc]entre|"
    r"[Cc]enter|[Rr]oom)s?)?|Freedom[ \t]+of[ \t]+Information\b[^\n|–—]*)"
    r"[ \t]*(?:[|–—][^\n]*)?$"
)
"""A page's first line naming the body whose news, press or disclosure page it is ("Marsh
Valley Fire Service | News", "Kellmoor Audit Committee – press notice – 3 March", "Dunmere
Police | Freedom of Information disclosure log"): the body's own page, in its own voice."""
ISSUER_FIELD_RE = re.compile(
    r"^[ \t]*(?i:(?:news|press|media)[ \t]+(?:release|notice|statement))[ \t]+[|–—][ \t]+"
    r"(?P<name>(?!(?i:for[ \t]+immediate\b))[A-Z][^\n|–—]{1,80}?)[ \t]*(?:[|–—][^\n]*)?$"
)
"""A release's first line with the body as its second field ("NEWS RELEASE | Harwick Water |
For immediate release", "Press release – Kellmoor Water – 3 March"): the issuer, as
``ISSUER_HEADER_RE`` reads it when the body's name comes first; never the release's own
furniture ("PRESS RELEASE — FOR IMMEDIATE RELEASE" names no one)."""
ISSUER_FROM_RE = re.compile(
    r"^[ \t]*(?:(?:[Pp]ress|[Nn]ews|[Mm]edia)[ \t]+(?:[Rr]elease|[Nn]otice|[Ss]tatement))"
    r"[ \t]+(?:[Ff]rom|FROM)[ \t]*:?[ \t]*(?:the[ \t]+)?"
    r"(?P<name>[A-Z][\w&’'.-]*(?:[ \t]+(?:(?:of|and|for|&)[ \t]+)?[A-Z][\w&’'.-]*){0,7}?)"
    r"[ \t]*(?=$|[,|–—(]|[ \t]+(?:Published|Updated|Posted|Released|Issued|Dated|Last|On)\b"
    r"|[ \t]+\d)"
    r"(?:(?:[ \t]*[,|–—():][ \t]*|[ \t]+)(?:(?i:"
    + "|".join(w for w in STAMP_WORDS if w.isascii())
    + r"|released|issued|dated|on|at|am|pm)\b|[ap]\.m\.|\d[\d:./,-]*\w{0,2}\b|[A-Z][a-z]*\b\.?))*"
    r"[ \t)]*$"
)
"""A release's header line naming the body it comes from ("Press release from: Orrin Valley
Water Published 4 May", "News release from the Kell Estuary Trust, 4 May"): the issuer, as the
header field of ``ISSUER_HEADER_RE`` ("X | News") names it, in the other order. The name is
the capitalised run after "from", up to the line's date field, a date or a separator; a
release's own word makes it a body's, whatever the recogniser typed it ("News from Ollerton"
alone is a section about a place, not read). The line is a header only when nothing but its
date field follows the name ("Published 4 May", ", 4 May 2026", "| Issued on Tuesday"): "Media
statement from Kellbridge Police, issued on Tuesday, said two men had been arrested" is a
story's sentence reporting a release, and its lower-case words after the date end the match
(stamp words: ``months.STAMP_WORDS``, one home with the header's date reader)."""
FIRST_PLURAL_RE = re.compile(r"\b(?:[Ww]e|[Ww]e['’](?:re|ve|ll|d)|us|[Oo]urs?)\b")
"""A page speaking as "we" ("We sent four engines", "our crews"): a body's own page speaks so;
a news story under an outlet's section line speaks of the body in the third person."""
QUOTED_SPAN_RE = re.compile(r"[\"“][^\"“”\n]*[\"”]")
"""A direct quotation in straight or curly quotes: its "we" is its speaker's, not the page's."""
SIGNER_TITLES = words("Cllr Councillor Councilor Alderman Mayor Senator Sen Rep Dr Prof Rev")
"""Titles that put a signed piece's writer outside the newsroom: a councillor, a senator, a
doctor writing in their own name (a journalist's byline carries none)."""
SIGNER_ROLES = words(
    "volunteer observer resident campaigner activist trustee organiser organizer parent"
)
"""Roles of private people in civic life that a signed piece's credit gives ("Posted by Ann
Roe, volunteer observer, Y Civic Forum"): besides the office words of people in the news
(``cues.ROLE_WORDS``), they put its writer outside the newsroom too."""


def _countries(table: str, names: bool = True) -> dict[str, str]:
    """``country: names | people's forms`` lines to form -> country; ``names=False``: the
    people's forms after the bar only (the adjectives and plurals, ``DEMONYMS``)."""
    found: dict[str, str] = {}
    for line in table.strip().splitlines():
        country, _, forms = line.partition(":")
        own, _, peoples = forms.partition("|")
        found.update(dict.fromkeys((own.split() if names else []) + peoples.split(),
                                   country.strip()))  # fmt: skip
    return found


COUNTRY_TABLE = """
    peru: Peru | Peruvian Peruvians
    bolivia: Bolivia | Bolivian Bolivians
    ecuador: Ecuador | Ecuadorian Ecuadorean Ecuadorians
    colombia: Colombia | Colombian Colombians
    venezuela: Venezuela | Venezuelan Venezuelans
    chile: Chile | Chilean Chileans
    argentina: Argentina | Argentine Argentinian Argentines Argentinians
    brazil: Brazil | Brazilian Brazilians
    mexico: Mexico | Mexican Mexicans
    honduras: Honduras | Honduran Hondurans
    guatemala: Guatemala | Guatemalan Guatemalans
    belize: Belize | Belizean Belizeans
    canada: Canada | Canadian Canadians
    usa: America US USA | American Americans
    uk: Britain UK | British
    france: France | French
    georgia: | Georgian Georgians
    korea: | Korean Koreans
    lebanon: Lebanon | Lebanese
    saudi: | Saudi Saudis
    poland: Poland | Polish Poles
    czechia: Czechia | Czech Czechs
    slovakia: Slovakia | Slovak Slovakian Slovaks
    hungary: Hungary | Hungarian Hungarians
    romania: Romania | Romanian Romanians
    moldova: Moldova | Moldovan Moldovans
    bulgaria: Bulgaria | Bulgarian Bulgarians
    serbia: Serbia | Serbian Serbians Serbs
    croatia: Croatia | Croatian Croatians Croats
    slovenia: Slovenia | Slovenian Slovene Slovenians
    greece: Greece | Greek Greeks
    austria: Austria | Austrian Austrians
    germany: Germany | German Germans
    switzerland: Switzerland | Swiss
    italy: Italy | Italian Italians
    spain: Spain | Spanish Spaniards
    portugal: Portugal | Portuguese
    netherlands: Netherlands | Dutch
    belgium: Belgium | Belgian Belgians
    ireland: Ireland | Irish
    denmark: Denmark | Danish Danes
    norway: Norway | Norwegian Norwegians
    sweden: Sweden | Swedish Swedes
    finland: Finland | Finnish Finns
    estonia: Estonia | Estonian Estonians
    latvia: Latvia | Latvian Latvians
    lithuania: Lithuania | Lithuanian Lithuanians
    belarus: Belarus | Belarusian Belarusians
    ukraine: Ukraine | Ukrainian Ukrainians
    russia: Russia | Russian Russians
    armenia: Armenia | Armenian Armenians
    azerbaijan: Azerbaijan | Azerbaijani Azerbaijanis
    kazakhstan: Kazakhstan | Kazakh Kazakhs
    uzbekistan: Uzbekistan | Uzbek Uzbeks
    turkey: Türkiye | Turkish Turks
    iran: Iran | Iranian Iranians
    iraq: Iraq | Iraqi Iraqis
    syria: Syria | Syrian Syrians
    israel: Israel | Israeli Israelis
    egypt: Egypt | Egyptian Egyptians
    india: India | Indian Indians
    pakistan: Pakistan | Pakistani Pakistanis
    china: China | Chinese
    japan: Japan | Japanese
    indonesia: Indonesia | Indonesian Indonesians
    philippines: Philippines | Philippine Filipino Filipinos
    vietnam: Vietnam | Vietnamese
    thailand: Thailand | Thai
    australia: Australia | Australian Australians
    kenya: Kenya | Kenyan Kenyans
    nigeria: Nigeria | Nigerian Nigerians
    ethiopia: Ethiopia | Ethiopian Ethiopians
    sudan: Sudan | Sudanese
    yemen: Yemen | Yemeni Yemenis
"""
COUNTRY_WORDS = _countries(COUNTRY_TABLE)
"""A country's name and its people's adjective and plural, to one key per country: "Peruvian
highlands" is about Peru as much as "Bolivia's Potosí region" is about Bolivia
(``corroborate.match``: two claims about other countries are no one claim). Names that are
also common given names or words ("Jordan", "Chad", "Turkey", "Georgia": a US state) are
left out; ``COUNTRY_STEMS`` in ``lexicon.cyrillic`` gives the same keys in Russian and
Ukrainian."""
COUNTRY_PHRASES = {
    "United Kingdom": "uk", "Great Britain": "uk", "United States": "usa",
    "United States of America": "usa", "Saudi Arabia": "saudi",
}  # fmt: skip
"""Countries named in two words or more, under the keys of ``COUNTRY_WORDS``: no word of theirs
names the country alone ("United", "States", "Arabia"), so only ``lexicon.institutions``
reads them, as a body's country ("the Government of the United Kingdom" is the "UK
government"; review39 item 13). ``lexicon.cyrillic.COUNTRY_PHRASE_STEMS`` are the same in
Russian and Ukrainian."""
NATIONAL_BODY_COUNTRIES = _countries(
    """
    georgia: Georgia
    turkey: Turkey
    """
)
"""Countries whose name ``COUNTRY_WORDS`` leaves out as a US state's or a common word: beside a
body only a country has ("Georgia's parliament", "Turkey's Defence Ministry") it is the
country, as «Парламент Грузии» is (``lexicon.institutions``); "Georgia's police" may be the
state's, and keeps its name."""

CAPITALS = _countries(
    """
    peru: Lima
    ecuador: Quito
    colombia: Bogota Bogotá
    venezuela: Caracas
    brazil: Brasilia Brasília
    honduras: Tegucigalpa
    canada: Ottawa
    uk: London
    france: Paris
    georgia: Tbilisi
    korea: Seoul
    lebanon: Beirut
    saudi: Riyadh
    poland: Warsaw
    czechia: Prague
    slovakia: Bratislava
    hungary: Budapest
    romania: Bucharest
    moldova: Chisinau Chișinău Kishinev
    serbia: Belgrade
    croatia: Zagreb
    slovenia: Ljubljana
    greece: Athens
    austria: Vienna
    germany: Berlin
    italy: Rome
    spain: Madrid
    portugal: Lisbon
    netherlands: Amsterdam
    ireland: Dublin
    denmark: Copenhagen
    norway: Oslo
    sweden: Stockholm
    finland: Helsinki
    estonia: Tallinn
    latvia: Riga
    lithuania: Vilnius
    belarus: Minsk
    ukraine: Kyiv Kiev
    russia: Moscow Kremlin
    armenia: Yerevan
    azerbaijan: Baku
    kazakhstan: Astana
    uzbekistan: Tashkent
    turkey: Ankara
    iran: Tehran
    iraq: Baghdad
    syria: Damascus
    egypt: Cairo
    pakistan: Islamabad
    china: Beijing
    japan: Tokyo
    indonesia: Jakarta
    philippines: Manila
    vietnam: Hanoi
    thailand: Bangkok
    australia: Canberra
    kenya: Nairobi
    nigeria: Abuja
    sudan: Khartoum
    yemen: Sanaa
    """
)
"""A country's capital (one word) under the keys of ``COUNTRY_WORDS``: "policymakers in Quito"
and "Ecuador's central bank" name one country, as "Ecuadorian" and "Ecuador" do, for the
matcher (``corroborate.countries``) and for a body's country (``SEATS``, ``NATIONS``). Only a
word that names the capital alone is one: not "Washington", "Sofia" or "Brussels", which name
a state, a woman or the EU as often, nor "Santiago", a city of Chile, Cuba, Spain and the
Dominican Republic and a given name (a claim about Santiago de Cuba is not about Chile), so
no claim is given a country by a word that may not name it (``lexicon.cyrillic.CAPITAL_STEMS``
leaves the same out)."""

NATION_GROUPS = words(
    """European Europeans Western Eastern Soviet Chechen Chechens Crimean Arab Arabs Jewish
    Muslim Christian Orthodox"""
)
"""Group adjectives of no one country (a region, a people, a faith): descriptions like the
nationality adjectives, never a country of ``COUNTRY_WORDS``."""
DEMONYMS = NATION_GROUPS | frozenset(_countries(COUNTRY_TABLE, names=False))
"""Nationality and group adjectives, and their plurals: "Russian" opens a description, it is
not a name. One vocabulary with ``COUNTRY_WORDS``: the forms after the bar of its table, so
a nationality is a description wherever it is one of the countries the matcher knows
("Peruvian" as "Russian"), plus ``NATION_GROUPS``."""
SEATS = {
    **CAPITALS,
    **_countries("usa: Washington"),
    "Turkey": NATIONAL_BODY_COUNTRIES["Turkey"],  # (its one home: beside a body only)
    **_countries("korea-n: Pyongyang"),
}
"""A country's seat of power ("Moscow said", "the Kremlin", "Vilnius insists"): every capital
of ``CAPITALS`` and the seats the matcher leaves out, named only beside a body (``NATIONS``):
"Washington" (a state too), "Turkey" (``COUNTRY_WORDS`` leaves it out as a common word) and
"Pyongyang" (the matcher's "Korean" is either Korea's; a body's seat says which)."""
NATIONS = {**COUNTRY_WORDS, **SEATS}
"""A country's name, adjective, capital and seat of power as one nation key (``COUNTRY_WORDS``
and ``SEATS``): "Ukraine's General Staff", "the Ukrainian General Staff" and "the General
Staff of Ukraine" are one body, Russia's another (``extract.origins``)."""
IT_REPORTS_RE = re.compile(
    r"(?:It|The[ \t]+(?:paper|newspaper))[ \t]+(?:also[ \t]+)?(?:reports|says|writes)\b"
)
"""A report opened by a pronoun or a paper's noun: "It reports that …" (the outlet just named),
whose next sentence may say where its figures came from (``CITES_FIGURES_RE``)."""
CITES_FIGURES_RE = re.compile(
    r"^(?:It|She|He|They|The[ \t]+(?:paper|newspaper|report|story|article|site|piece))[ \t]+"
    r"(?:also[ \t]+)?(?:cites|quotes|draws[ \t]+on|relies[ \t]+on)[ \t]+"
    r"(?:[\w’'-]+[ \t]+){0,3}?"
    r"(?:figures|data|statistics|numbers|research|analysis|estimates|records|report|survey|study)"
    r"[ \t]+(?:(?:published|compiled|released|collected|gathered|obtained)[ \t]+)?(?:from|by)"
    r"[ \t]+(?:the[ \t]+)?(?P<name>[A-Z][^,;:\"“”]+?)"
    r"(?:,[ \t]+(?:which|who)[ \t][^\"“”]+?)?\.?[ \t]*\Z"
)
"""A sentence that says where the report before it got its figures: "It cites figures from
the Ministry of Transport.", "The paper draws on data published by the Harbour Board.", "The
paper cites figures from the Harbour Board, which counted 212 …" (what the body's relative
clause adds is the body's too; any other clause of its own, "…, and the figures show a
deficit", is not only a citation)."""


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A crude stemmer of lower-case English: liberation/liberated/liberate and
    capture/captured meet. The corroboration matcher's word key (the word search takes
    ``inflections``: it would find "reportedly" for "reported"). Cached: a desk's words
    repeat, and indexing stems every word of every claim."""
    for suffix in ("ations", "ation", "ions", "ion", "ings", "ing", "edly", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


SIBILANT_ENDS = ("s", "x", "z", "ch", "sh", "o")
"""What a stem ends with when its plural or third person takes "-es" ("boxes", "goes"): any
other "-es" word is a stem in "e" plus "-s" ("states" is "state", not "stat")."""
UNDOUBLED = frozenset("bdgmnprt")
"""Consonants doubled before "-ed"/"-ing" ("stopped", "planned"); "ll", "ss", "ff" and "zz"
are a stem's own ("called", "passed", "staffed")."""


@lru_cache(maxsize=1 << 16)
def inflections(word: str) -> frozenset[str]:
    """The stems a lower-case English word may be an inflection of, the word itself included:
    the word search's idea of one word in another ending ("reported" is "report", "denies"
    "deny", "stated" "state"). Unlike ``stem`` it removes only inflections, never a
    derivation: "reportedly", "reporter" and "station" are words of their own, so "reported"
    does not find "reportedly" nor "state" "station". Without a dictionary a stripped "-ed" or
    "-ing" may have taken an "e" with it, so both are given ("stated": "stat", "state")."""
    found = {word}
    for suffix in ("ings", "ing", "ed", "es", "s"):
        base = word[: -len(suffix)]
        if not word.endswith(suffix) or len(base) < 4:  # "news" is not "new"
            continue
        if suffix == "s":
            if not base.endswith(("s", "u", "i")):  # "glass", "status", "analysis"
                found.add(base)
        elif base.endswith("i") and suffix in ("ed", "es"):  # "denied", "cities"
            found.add(base[:-1] + "y")
        elif suffix == "es":
            found.add(word[:-1])  # "states": "state"
            if base.endswith(SIBILANT_ENDS):
                found.add(base)  # "boxes": "box"
        else:
            found |= {base, base + "e"}  # "reported": "report"; "stated": "state"
            if base[-1] == base[-2] and base[-1] in UNDOUBLED:
                found.add(base[:-1])  # "stopped": "stop"
        break
    return frozenset(found)
