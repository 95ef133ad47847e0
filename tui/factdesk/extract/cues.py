"""Word lists the extraction rules are made of, and the regex pieces built from them.

Every rule of claim extraction is a grammar cue or a word list kept here, never a name from
an article: the desk runs on articles nobody has seen, so what generalises is the English of
news reporting (speech verbs, sourcing formulas, hedges), not the seeds' people and places.
Lists that other layers need too (speech verbs, hedges, denials, months, the calendar) live in
``factdesk.lexicon`` and are imported here.
Regexes are compiled once at import because extraction runs on thousands of articles.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factdesk.lexicon.english import (
    CALENDAR_CAPS,
    CARDINALS,
    COMPANY_HEADS,
    EXAMINER_NOUNS,
    FORCE_OFFICER_NOUNS,
    LAW_ENFORCEMENT_NOUNS,
    POLICE_BODY_NOUNS,
    SURNAME_PARTICLES,
    any_of,
    plural_nouns,
    words,
)
from factdesk.lexicon.english import ROLE_WORDS as ROLE_WORDS  # re-exported: its home
from factdesk.lexicon.english import SPEECH_VERBS as SPEECH_VERBS  # re-exported: its home
from factdesk.lexicon.english import SUPPLY_NOUNS as SUPPLY_NOUNS  # re-exported: its home
from factdesk.lexicon.english import TITLE_ABBREVIATIONS as TITLE_ABBREVIATIONS  # its home
from factdesk.lexicon.english import TITLE_WORDS as TITLE_WORDS  # re-exported: its home
from factdesk.lexicon.english import TRADE_NOUNS as TRADE_NOUNS  # re-exported: its home
from factdesk.lexicon.months import ENGLISH as ENGLISH_MONTHS
from factdesk.lexicon.reporting_ru_uk import EVENT_STEMS as RU_UK_EVENT_STEMS
from factdesk.lexicon.reporting_ru_uk import NUMBER_WORDS as RU_UK_NUMBER_WORDS
from factdesk.lexicon.tense import FUTURE_CUES
from factdesk.text.lookahead import prefiltered


def alternation(items: frozenset[str] | list[str]) -> str:
    """A regex alternation, longest first so that "denies" wins over "deny"."""
    return "|".join(re.escape(w) for w in sorted(items, key=lambda w: (-len(w), w)))


# Head nouns of an unnamed source: anonymous whatever the determiner ("officials said").
ANONYMOUS_HEADS = words(
    """source official aide adviser advisor insider spokesman spokeswoman spokesperson rep
    representative publicist diplomat negotiator ally friend pal confidant associate relative
    lawyer attorney solicitor barrister whistleblower"""
)  # (a defendant's solicitor or barrister unnamed is a lawyer speaking for someone, item 17:
# "His solicitor told the court …" is anonymous, never the defendant "his" points to; a
# whistleblower is a source on the inside by what the word says: "The whistleblower said" is
# an unnamed source, never a body called "whistleblower")
# The prosecution's noun (README item 24): an unnamed prosecutor in an open case ("a
# prosecutor told jurors", "…, with a prosecutor saying …") is a group as written, never an
# unnamed source kept back; a named one is named ("prosecutors" are a group already).
PROSECUTOR_NOUNS = words("prosecutor")
# The nouns a text names someone by only while it keeps their name back: "the person said",
# "the sources added" point back at the unnamed source quoted before however far back (no named
# speaker is called "the person"), where "the official" or "the friend" may be someone named.
UNNAMED_ONLY_HEADS = words("person people source sources insider insiders")
# Head nouns of people who speak as a group or as one of many: "analysts say" is a vague,
# unattributed source; "a regional engineer said" (one, unnamed) is anonymous.
PERSON_HEADS = words(
    """analyst expert critic observer resident local hospital report proponent economist
    scientist researcher witness doctor medic volunteer soldier officer engineer worker
    commander fighter serviceman investigator neighbour neighbor activist member lawmaker
    person people trader dealer banker staffer employee villager passenger driver farmer
    parent student teacher nurse fan shopper owner customer survivor victim relative daughter
    son mother father wife husband sister brother organiser organizer buyer"""
) | words(  # people by their trade or art, as "teacher" and "nurse" above: the head of an
    # apposition to a name ("The orchestra's conductor, Imogen Thwaite,") that no body takes
    """conductor composer musician singer pianist violinist cellist organist drummer guitarist
    actor actress dancer choreographer artist painter sculptor curator architect photographer
    playwright novelist poet chef surgeon pharmacist midwife paramedic firefighter librarian"""
)
# Verbs of a poll of people ("Analysts polled by Refinitiv expected …"): whoever polled them
# published their answers, so the pollster is the source (a poll's author, convention 33).
POLL_LEMMAS = words("poll survey canvass")
# Those who run an event or a body and speak for it: "The Calder Marathon will use a new route,
# organisers said" is the marathon's word; organisers of nothing named are a group at large.
ORGANISER_NOUNS = words("organisers organizers organiser organizer")
# The nouns an event's name ends with ("the Kelderby Regatta", "Red Hill Marathon"), and
# "event" itself: the organisers of an article that names one such event, and "the event's
# committee", speak for it (``Engine._organised_event``; the Russian and Ukrainian ones are
# ``reporting_ru_uk.EVENT_NOUNS``).
EVENT_NOUNS = words(
    "event marathon festival regatta show fair race rally carnival parade triathlon sportive "
    "championship championships tournament gala fete expo exhibition"
)
# Experts who, as a group from a named organisation, speak as that organisation: "Observers
# from the OSCE said", "Economists at Goldman Sachs estimate" ("officials with X" stay unnamed
# sources of X's).
DELEGATE_HEADS = words(
    "observer monitor economist analyst strategist researcher scientist expert diver surveyor "
    "investigator"
)
# Documents and figures that report on an author's behalf: "a YouGov poll found", "figures
# from the board show" (the named author is the speaker; without one they are vague); a map
# or tracker a body publishes and tests it ran are its data ("the utility's outage map shows",
# "testing by the CDC shows": convention 26's "the agency's live map shows …").
DOCUMENT_NOUNS = words(
    """figures data statistics poll polls survey surveys study studies report reports records
    analysis research census document documents filing filings estimate estimates review
    reviews audit audits results findings accounts page notice timeline editorial email memo
    suit lawsuit map maps tracker testing tests complaint indictment affidavit"""
)
# The documents of ``DOCUMENT_NOUNS`` that examine a thing: what one is "of" was examined, it
# did not write it ("an audit of the Harbour Board found", "a study of Corven schools"), as a
# document's author is its "by" or its owner; "a report of the committee" is the committee's.
EXAMINATION_NOUNS = words(
    "audit audits review reviews study studies survey surveys analysis census poll polls map maps"
    " testing tests"
)
# A body's instruments, whose reading is its measurement: "The agency's gauge at Kell read
# 4.12m at 7am" (convention 26, as its live map "shows"); only with "read" and an owner.
INSTRUMENT_NOUNS = words("gauge gauges meter meters sensor sensors")
# Heads of the names of documents and programmes, which the recogniser often tags as bodies
# ("the Riverside Growth Plan", "the Clean Rivers Act"): a name ending on one never speaks
# for "the council" or "the company".
PLAN_HEADS = DOCUMENT_NOUNS | words("plan plans strategy act bill programme program scheme policy")
# Figures by any of their names: "the data shows" after "NHS England figures" is the same
# author's (one body's numbers, whichever word the next sentence uses).
FIGURE_NOUNS = words("figure figures data datum statistics statistic numbers")
# What a lede says shows its claim when its publisher comes later: "figures show",
# "according to new research" (README item 34, session 22).
LEDE_FIGURES = FIGURE_NOUNS | words("research analysis")
# A body's own paper ("the port's consultation paper"), a document only with its owner
# before it: "the paper" alone is a newspaper.
PAPERS = words("paper papers")
# A lawsuit or complaint and the verbs by which its authors bring it: "X sued Y", "X filed a
# lawsuit", "X lodged a complaint" make a later "the suit says" X's claim (the document's
# author, named before); with no filer named, "according to the complaint" is a document with
# no author (README item 35).
SUIT_NOUNS = words("suit lawsuit complaint")
SUING_LEMMAS = words("sue")
FILING_LEMMAS = words("file bring launch lodge")
# Nouns that call a body a business ("Brenn, a software company,", "X and Y, two of the largest
# home insurers"): what the article says a company is, beside its name.
BUSINESS_NOUNS = SUPPLY_NOUNS | words(
    """company firm insurer lender retailer carmaker automaker chipmaker airline carrier bank
    brewer miner manufacturer supermarket developer startup conglomerate operator
    utility producer maker provider"""
)
# Organisations named by a generic noun that stands for the one the article last named:
# "the company said", "the firm declined", "the carmaker said" ("the union", "the ministry" are
# kept as written unless an organisation named earlier has the word in its name).
GENERIC_ORG_NOUNS = BUSINESS_NOUNS | words(
    """group business chain broadcaster giant publisher agency newspaper paper tabloid club
    network publication authority app platform outlet magazine website studio label charity
    organisation organization council ministry department district county system"""
)
# Nouns of a place that is one body when written singular after "the" ("The hospital said
# visits were limited" after "St. Agnes Regional Medical Center": that body, convention 11),
# and a group of people when plural or bare ("Local hospitals report …": unattributed).
SINGULAR_BODY_HEADS = words("hospital")
# Generic nouns of a newspaper: "the paper says" is the outlet named before, never a company.
PRESS_NOUNS = words("paper newspaper tabloid broadsheet publication daily")
# Words for the press at large ("several news outlets", "local media"): with PRESS_NOUNS, a
# vague group that passes on what it cites.
PRESS_GROUP_WORDS = words("news media")
# The cues of a paper's own report ("The Globe reports that …", "the Courier says"): a
# sentence after one that only says where its figures came from gives them that source.
PRESS_REPORTING_CUES = words("reports reported reporting says said writes wrote")
# Words that end a body's name and say what kind of body it is ("Premier League", "Consumer
# Product Safety Commission"): "the club" or "the group" is never a body of another kind.
BODY_KINDS = words(
    """league commission council ministry department agency authority association federation
    union board court police service university institute committee office government
    parliament regulator inspectorate bureau trust"""
)
# Heads of a state's armed body's name ("General Staff", "Armed Forces", "Northern Command"):
# never what "the company" or "the firm" stands for, as no "… Ministry" is (``BODY_KINDS``).
ARMED_HEADS = words("staff forces force army navy command")
# Nouns of a public body: "the agency", "the ministry" or "the regulator" said is never a
# company the article named beside it ("the freight company Kestrine", "Brill Ltd").
PUBLIC_BODY_NOUNS = words(
    """agency authority ministry department council commission regulator watchdog
    inspectorate government parliament police court bureau"""
)
# Nouns of a public body's function, not its kind: "the authority" may be a council, "the
# agency" an "… Administration" (a name of another kind is still what they stand for).
BROAD_BODY_NOUNS = words("agency authority")
# Nouns of what a body does that bodies of several kinds are named for: "the regulator" may be
# an "… Office", a "… Commission" or an "… Authority"; "the department" the "Home Office" or
# a "Ministry of …". A name with one of these kind words is no body of another kind.
_OVERSEERS = words("office commission authority agency inspectorate board bureau service")
_DEPARTMENTS = words("office ministry department")
FUNCTION_KINDS = {
    "regulator": _OVERSEERS, "watchdog": _OVERSEERS,
    "department": _DEPARTMENTS, "ministry": _DEPARTMENTS,
}  # fmt: skip
# Nouns that describe a body without saying which kind ("the body, which represents …", "the
# forecaster said", "the watchdog"): the organisation that spoke or led a sentence just before.
BODY_DESCRIPTORS = words("body forecaster watchdog organisation organization consortium coalition")
# Nouns news uses for one body in turn ("Ofwat … the regulator … the watchdog", "Kent Police
# … the force"): a tie to one of them is a tie to the others.
DESCRIPTOR_SYNONYMS = (
    words("regulator watchdog"),
    POLICE_BODY_NOUNS | plural_nouns(FORCE_OFFICER_NOUNS),
)
# Words a body's name shows its kind by when it does not end on the noun news calls it by
# ("Brackley Workers United … the union said", "the Marrow Hill Chapel Trust … the trustees
# said", convention 13): "the union" is the one body named before with such a word in its
# name (and none of another kind last: "Charity Commission" is no trust).
KIND_NAME_WORDS = {
    "union": words("union federation guild confederation workers employees"),
    "trustees": words("trust charity foundation fund"),
}
# Words that make a body described beside its name an employers' or a trade's body, never a
# union ("an employers' group", "a business federation", "an industry body", "which represents
# haulage firms"): the kind the article says, whatever words of workers its name holds
# (review31a: "union officials" are never the "Drayfield Carriers Federation"'s then).
EMPLOYER_WORDS = words("employer business industry owner proprietor")
# Heads of a body's name that say it is no union whatever words of workers it holds: a
# cooperative is its members' business ("Kelso Workers Cooperative").
COOPERATIVE_HEADS = words("cooperative co-operative coop co-op")
# Bodies of members named after their trade or field: "fire officials" are never the "Fire
# Brigades Union"'s, "health officials" never the "World Health Organization"'s.
MEMBER_BODY_NOUNS = words(
    """union federation association league confederation organisation organization guild
    society chamber"""
)
# Members of an armed group who speak as it: "the rebels said" is the one group the article
# names with that word beside its name ("the Northern Dawn rebels", "the rebel Harvest
# Movement"), as "the union" is the union. Singular; "the rebels" is read by its singular.
ARMED_GROUP_MEMBERS = words("rebel militant insurgent separatist guerrilla")
# A research team, which speaks through the scientist who leads it ("a team led by Dr X
# measured …": convention 14), and the words that make its leader a scholar (a title, or a
# trade's noun: "cosmochemist X", never "captain X" of a side).
TEAM_NOUNS = words("team")
SCHOLAR_TITLES = words("Dr Prof Professor")
SCHOLAR_NOUNS = words("researcher scientist academic professor scholar")
# Titles that name a public office whose own bureau bears them in the possessive ("the Arizona
# Attorney General's Office", "the Prime Minister's Office"): the whole is one body's name.
OFFICE_TITLES = words("Attorney Auditor Comptroller Controller Treasurer Clerk Recorder Assessor")
# Parts of a body that speak for it: "the union negotiating committee", "the group's research
# arm" are the union and the group the article named.
PART_NOUNS = words("committee arm unit division wing branch leadership executive")
# A place's part a staff noun is compounded with, and the kinds of body it is a part of: "two
# ward managers" after "Kelso General Hospital" are that hospital's staff, never a trade's.
PART_OF_KIND = {"ward": words("hospital infirmary")}
# Generic nouns of a public body named after a place: "the county's records" is a county only
# by a name that says so ("Harlan County"), never the association named last.
PLACE_BODY_NOUNS = words("county district")
# Heads of a body's unnamed staff who speak for it ("company officials said", "agency
# executives declined", "district leaders tell us"): with the body's kind noun before them, the
# one body of that kind the article names (convention 20: officials, leaders, managers).
STAFF_HEADS = words("officials executives leaders managers")
# A body's examiners by their trade, qualified by its name or kind ("Coast Guard investigators
# said", "ferry inspectors said" where the article names one ferry authority): unnamed staff of
# that body who speak for it, as its officials are (convention 20 names inspectors). Only with
# the qualifier (``Engine._officials_of``): bare or counted ("Investigators said", "two
# inspectors said") they stay people at large, and "investigators at X" are X (item 14).
EXAMINER_HEADS = plural_nouns(EXAMINER_NOUNS)
# A body's employees by their plain noun ("two other employees", "three staff members": the
# compound "staff" on "members"): a count of them speaking are people on the inside the text
# keeps back, as a count of its officials are (``grammar._counted_staff``).
EMPLOYEE_HEADS = words("employees staffers")
# Kind nouns of a company ("company officials", "firm executives"): a body is of that kind by
# its name (a company's head word or legal form) or by what the article calls it.
COMPANY_KIND_NOUNS = words("company firm")
# A body's kind set before its name as a label ("Consultancy Harrowgate ranked", "Research firm
# Kantorex found", "Pressure group Fairfare said"): the name after it is an organisation's,
# whatever the recogniser said (never a place's noun: "County Durham" is a name).
KIND_LABEL_NOUNS = (
    (GENERIC_ORG_NOUNS | BODY_KINDS | BODY_DESCRIPTORS | words("consultancy pollster"))
    - PLACE_BODY_NOUNS
    - PRESS_NOUNS
)
# Reporting verbs that, with a plain noun object and no clause, report a deed, not words:
# "he conceded three penalties", "blaming the cost", "the firm recalled 40,000 heaters", "the
# club rejected the bid", "has asked the council for comment" ("report" stays a reporting verb:
# "local hospitals report overwhelmed wards" is their account; so does "tell": the parser often
# hangs what was told away from it, "told the inquest he had checked …").
DEED_LEMMAS = words("concede blame find show post record reveal call admit recall reject ask")
# Verbs of calling on others in words: "the union called for an inquiry", "Ms X has called on
# ministers to act", "the airport has advised passengers to travel light", "an MP is demanding
# that the branches stay open", "the union is asking the Government for a pay rise": the call is
# its maker's claim (``grammar._calls_for`` reads what each takes: a deed otherwise, "called off
# the strike", "advised on the takeover", "demanded £500").
CALLING_LEMMAS = words("call advise demand ask")
# What a reporter asks a body for: "has asked the council for comment" is the writer's deed,
# not a call of the asker's.
ANSWER_NOUNS = words("comment response reply reaction statement interview clarification")
# What one calls for in need, a deed: "she called for help", "the crew called for an ambulance".
RESCUE_NOUNS = words("help assistance ambulance backup")
# Of ``DEED_LEMMAS``, the verbs of rejecting: with a claim for object ("rejected claims that the
# depot would close", "rejected the accusations", lexicon ``CLAIM_NOUNS``) they deny it in words,
# the subject's statement; with an offer, a bid or a plan ("rejected the pay offer") a deed.
REJECTING_LEMMAS = words("reject")
# A verb that with the particle "out" says what will not happen or is not so: "the operator has
# ruled out a strike before Easter", "police have not ruled out arson" are the subject's
# statement; its passive ("was ruled out of the final with an injury") is done to the subject.
RULING_LEMMAS = words("rule")
RULING_PARTICLES = words("out")
# The verb by which a text gives its words: '"We regret the delay," the notice read.', 'A
# letter from the trust reads: …' (with a thing issued in words for subject, as "the
# statement said"; an instrument's reading is its owner's measurement, ``INSTRUMENT_NOUNS``).
READING_LEMMAS = words("read")
# Verbs of declaring that, with a formal state as their object, report an act, not words: "the
# governor declared a state of emergency", "the infirmary declared a major incident", "the
# council declared a drought emergency" are formal acts (README item 30, as an order or a
# closure); "declared victory", "declared the count fair" stay words (item 26).
DECLARING_LEMMAS = words("declare proclaim")
DECLARED_STATES = words("emergency disaster incident curfew lockdown drought siege war bankruptcy")
# Verbs of putting a thing into a set or a place: "the ministry added two airlines to its no-fly
# register", "the club added two games to the fixture list" report a deed; "add" reports words
# only with what was said ("she added that …", "‘…,’ he added").
PLACING_LEMMAS = words("add")
PLACING_PREPOSITIONS = words("to into onto")
# Acts that are themselves the record: an agency's measurement, finding or ranking ("The
# Geological Survey measured the quake at 5.9", "Altmetric finds references to it", "the
# Project counted 47 deaths", "Harrowgate ranked the port 14th"): the organisation that
# measures, finds, counts or ranks is the claim's source.
MEASURING_LEMMAS = words("measure register detect record find count tally rank")
# Verbs a search, a test or an inquiry has for subject as often as a person: "A search of the
# car found …", "A sniffer dog indicated …" (an unknown noun with them is no unnamed person).
FINDING_LEMMAS = words("find show indicate reveal")
SHOWING_LEMMAS = FINDING_LEMMAS - words("find")
"""Verbs by which a document shows a figure ("the port authority's tallies reveal a fall in …",
"the agency's data indicate a rise"): its owner's figure, though the verb takes a noun, not a
clause (``grammar.Reader._shown_by``)."""
# A plea: "He denies six counts of theft", "She admitted two charges" (a deed in court; "denies
# any wrongdoing" is a denial in words).
PLEA_LEMMAS = words("deny admit")
CHARGE_NOUNS = words("count charge offence offense")
# Offences a defendant denies or admits by name in court: "She denies manslaughter", "he
# admits fraud and theft" are pleas, as "denies two counts of theft" is (README item 30);
# what is denied in words stays words ("denies any wrongdoing", "denied the allegations").
OFFENCE_NOUNS = words(
    """fraud theft murder manslaughter assault burglary robbery arson rape misconduct
    harassment bribery extortion kidnapping stalking conspiracy smuggling trafficking perjury
    blackmail embezzlement affray wounding"""
)
# Verbs of answering that report a deed when what they answer with is a thing, not words:
# "the firm replied with a link to its refund page", "the club responded with a fine" (no
# clause, no quotation); "replied that …" and "‘…,’ she replied" stay words.
ANSWERING_LEMMAS = words("reply respond answer")
# Verbs by which a paper or a person comes by someone else's document: "a leaked memo seen by
# the Gazette", "a draft obtained by the Tribune" (the paper that saw it wrote none of it).
OBTAINING_LEMMAS = words("see obtain view")
# Whom words are given to in a crime report: "The driver told officers he had not been drinking,
# police said" relays the driver's words.
AUTHORITY_ADDRESSEES = LAW_ENFORCEMENT_NOUNS | words("authority court jury juror")
# Reporting verbs that with "to" + a verb report a deed promised or agreed, not words: "the
# agency agreed to pay $42,000" ("agreed that …" stays a statement).
PLEDGE_LEMMAS = words("agree")
# Office-holders who, as a bare plural tied to no one, are the authorities at large: "officials
# said", "lawyers say" (vague); "officials at the ministry", "lawyers for the diocese" are
# unnamed sources of that body. Diplomats, advisers and relatives the same way: "Several
# diplomats said", "Consumer advisers say", "Relatives … said" are a group at large (README
# item 22), "two diplomats", "advisers to the minister", "relatives of the crew" unnamed sources.
FACELESS_HEADS = words("official lawyer attorney diplomat adviser advisor relative")
# A sector, no body: "Industry insiders say", "market sources expect" speak for a trade at
# large, a vague group (README item 22, session 22), where "union sources" are a body's.
SECTOR_NOUNS = words("industry sector market trade")
# Pages a document sits on: "a timeline on the department's website" is the department's.
SITE_NOUNS = words("website site page")
# Verbs of refusing: "declined to comment" is the decliner's answer (the refusing verb is the
# reporting verb, the verb under it reports nothing).
REFUSAL_LEMMAS = words("decline refuse")
# What one declines to do when the refusal is an answer: "declined to comment/say/discuss/
# elaborate/name the buyer" (never "declined to be named": an anonymity phrase).
REFUSED_LEMMAS = words("comment say discuss elaborate specify confirm answer name give detail")
# Reporting verbs that, negated, say nobody said anything: "did not respond to a request for
# comment", "has not said how he will vote", "could not confirm the report".
UNANSWERED_LEMMAS = words("respond reply comment say confirm answer deny disclose specify")
# Of those, the ones whose negation by "did", "does" or "would" is a refusal in words (README
# item 28: "the council did not confirm the figure", "did not comment on it" after being asked,
# "a spokeswoman would not comment"): the refuser's answer. "Could not comment promptly",
# "has not said when" stay silence (item 29).
REFUSED_BY_NEGATION = words("comment confirm")
REFUSING_AUX = words("did does do would will")
# The modal of will, whose negation is a refusal whatever was asked: "would not say whether",
# "won't name the buyer" as "declined to say", "refused to name" (every verb of
# ``REFUSED_LEMMAS``); "did not say when" stays silence (item 29). "wo" is "won't"'s first
# token ("will not" is read as the future: ``grammar._future``).
VOLITION_AUX = words("would wo")
# Verbs of apology: "Kestrine Bank has apologised for the outage" is the body's words (only as
# the main verb of the sentence: "weeks after X apologised" and "…, apologising" report a deed).
APOLOGY_LEMMAS = words("apologise apologize")
# Verbs that put a stance into words: "The committee expressed dismay that nobody was held to
# account", "Two governors voiced support for the strikers" (only with a noun object that
# carries what the stance is about: a clause or "at/over/about/for/in"; "voiced the part" is
# no stance).
EXPRESSION_LEMMAS = words("express voice")
# "Raise" puts a stance into words only with a noun of worry as its object: "Ann Pope raised
# concerns that the bikes were unsafe", "the union raised fears the cuts will hit the island",
# "the council has raised safety concerns" (the noun alone is the stance: raising one is saying
# it); "raised prices", "raised £4,000" and "raised the alarm on his radio" (a deed, "alarm"
# is no noun of these) are no words.
RAISED_STANCE_NOUNS = words("concern fear worry doubt question objection")
# The pronouns that can stand for someone voicing a stance ("She raised concerns that …", "it
# has raised fears …" of a body); "this", "that" and "which" stand for a thing or a deed ("This
# raised fears that …": what the last sentence told caused it, nobody said it).
VOICING_PRONOUNS = words("he she they it we i you who")
# Verbs of handing a document over ("a summary the union gave its members", "data the force
# sends to the Home Office"): its maker's, as "figures it published" are (``grammar``).
HANDING_LEMMAS = words("give send share provide supply hand")
# Addressees that are channels: "told the agency", "told reporters" (never the speaker).
MEDIA_NOUNS = words(
    """agency newspaper paper broadcaster channel television radio station reporters journalists
    outlet magazine website newswire press network daily weekly"""
)
# Titles that show a person's gender: what a pronoun may refer back to.
MALE_TITLES = words("Mr Mr. Sir Lord")
FEMALE_TITLES = words("Mrs Mrs. Ms Ms. Miss Lady Dame")
# Nouns next to a name that show the person's gender ("her husband Tom Webb", "Ann, his wife").
MALE_NOUNS = words(
    """husband father son brother man boyfriend grandfather uncle nephew spokesman
    businessman congressman councilman king prince widower"""
)
# "chairman" is left out: British usage gives the title to women too ("Councillor Ann Roe,
# chairman of the committee"), so it shows no gender.
FEMALE_NOUNS = words(
    """wife mother daughter sister woman girlfriend grandmother aunt niece spokeswoman
    chairwoman businesswoman congresswoman councilwoman queen princess widow actress"""
)
# Relations that name a person the article does not name: "his wife told officers" is
# "Whitcomb's wife" (README conventions).
RELATION_NOUNS = words(
    """wife husband girlfriend boyfriend partner fiancee fiance mother father son daughter
    brother sister widow widower"""
)
# Modifiers that make "people"/"a person" an unnamed source: "people familiar with the talks",
# "two people with knowledge of the matter", "people briefed on the plan".
KNOWLEDGE_WORDS = words("familiar close brief briefed aware knowledgeable involved knowledge privy")
# "people involved in the talks" (the verb's lemma): knowledge only for a person noun, since
# "residents involved in the clean-up" are a group that did something, not a kept-back source.
INVOLVED_HEADS = words("people person source official insider")
# A person's or body's own people, as a collective noun: "one of the candidate's team told
# us", "one of the club's staff said": one unnamed member, kept back, of the owner's side.
STAFF_COLLECTIVES = words("team staff campaign camp entourage aide circle")

# Verbs that may stand *after* a quote with the speaker following ("..., said Maria Petrova").
# "told" is deliberately absent: "told TASS" names the outlet, not the speaker.
INVERTED_VERBS = words(
    """said says added adds wrote writes explained explains continued noted notes stated
    asked recalled concluded insisted warned warns argued argues claimed claims"""
)
# Adverbs and auxiliaries that may sit between a subject and its speech verb.
BETWEEN_WORDS = words(
    """also has had have later previously once again then further repeatedly reportedly recently
    earlier subsequently has since publicly quickly"""
)

# Nouns that make an unnamed person a source: "a NATO intelligence source", "one elderly resident".
SOURCE_NOUNS = words(
    """source sources official officials resident residents diplomat diplomats officer officers
    soldier soldiers witness witnesses person people insider insiders aide aides analyst analysts
    expert experts spokesperson spokesman spokeswoman employee employees member members commander
    commanders lawmaker lawmakers observer observers critic critics proponent proponents
    authorities hospitals reports doctor doctors medic medics volunteer volunteers fighter
    fighters serviceman servicemen investigator investigators insider neighbour neighbor
    neighbours neighbors activist activists researcher researchers"""
)
# Phrases that make a source anonymous whatever else the sentence says.
ANONYMITY_CUES = (
    r"condition of anonymity",
    r"requested anonymity",
    r"asked for anonymity",
    r"(?:asked|asking|requested|requesting|declined|wished|preferred|wanting|wanted) not to be "
    r"(?:named|identified|quoted)",
    r"on (?:the )?condition (?:that )?(?:he|she|they|his|her|their)(?: name| names)? "
    r"(?:not|would not|could not|will not) be",
    r"under (?:the )?(?:condition of )?anonymity",
    r"(?:insisted on|was granted|were granted|granted) anonymity",
    r"not (?:authori[sz]ed|permitted|allowed) to (?:discuss|comment|speak)",
    r"without being (?:named|identified)",
    r"declined to be (?:named|identified)",
    r"did not want to be (?:named|identified)",
    r"speaking anonymously",
    r"speaking (?:privately|on background|off the record)",
    r"who (?:spoke|speak|speaks|talked) (?:privately|on background|off the record)",
    r"(?:declined|refused|would not|did not want) to give (?:his|her|their) (?:full |last )?names?",
    r"\bunnamed\b",
    r"\banonymous\b",
    r"\bwho (?:asked|requested) (?:that )?(?:his|her|their) name",
    r"who (?:did|does|do) not (?:wish|want) to be (?:named|identified)",
    r"(?:did|does|do) not (?:wish|want) (?:his|her|their) (?:names?|employers?) (?:used|named|given"
    r"|published|identified)",
    r"who (?:cannot|can ?not|could not) be (?:named|identified)(?! (?:for legal reasons|by "
    r"(?:an? |the )?(?:order|ruling)|under (?:an? |the )?(?:court |legal )?order))",  # (a bar
    # the law puts on naming a party, "who cannot be named for legal reasons", keeps back no
    # source: whoever the court protects says nothing by it)
    # the source's own request that the name stay out of print, whoever it was made to:
    # "asked me not to print her name", "asked the Post not to use his surname", "asked
    # reporters not to name him", "asked that her name not be published"
    r"(?:asked|asking|requested|requesting|begged|urged) (?:(?:me|us|reporters|journalists|"
    r"(?:the|this|our) [A-Z]?[\w'’-]+) )?not to (?:(?:print|use|publish|give|reveal|disclose|"
    r"include|report|mention) (?:his|her|their) (?:full |real |last |first |sur)?names?|"
    r"(?:name|identify) (?:him|her|them))",
    r"(?:asked|requested) that (?:his|her|their) (?:full |real |last )?names? (?:not be "
    r"(?:used|printed|published|given|disclosed|revealed)|be withheld)",
    r"in a private briefing",
)

# Words before an office that make its bearer not the one holding it now: "the defence
# secretary" is never "Shadow defence secretary X" or "former defence secretary X".
OFFICE_QUALIFIERS = words("""former shadow ex ex- deputy acting junior outgoing interim""")

# Words that name whom an outlet's report rests on: "citing three people familiar with the
# matter", "similar details, attributed to Cabinet sources" ("attributed" only to a source
# noun, never in a passive: "the fire was attributed to a local man" cites nobody).
CITING_WORDS = words("""citing attributed""")
# Words that open a clause the parser may read as a noun phrase ("It comes after X told …").
SUBORDINATORS = words("""after before since until as when""")
# Adjectives after a dummy "it is … to say/stress": the writer's own judgement, so the "it"
# stands for nobody ("It is important to stress …", never "It is keen to stress …").
EVALUATIVE_ADJECTIVES = words(
    """important fair worth true clear necessary essential vital crucial right wrong safe
    reasonable possible impossible fine accurate correct noteworthy notable interesting
    striking significant useful helpful difficult hard easy tempting"""
)

# Nouns of a person in apposition that make a name the recogniser took for a place's, or one
# word it took for a body's, a person's ("Amira, a 31-year-old care worker"): not those a body
# or a country is called too ("Norway, a member of the alliance", "Corvex, the market leader").
APPOSED_PERSONS = (ROLE_WORDS | PERSON_HEADS | MALE_NOUNS | FEMALE_NOUNS) - words(
    "owner member leader customer head chair chief representative military executive"
)
# Capitalised words that begin sentences or clauses but are never names on their own.
STOP_CAPS = (
    words(
        """The A An This That These Those But And Or Yet So However Meanwhile Still In On At For
    As If When While Despite After Before Earlier Later It He She They We I You His Her Their
    Its Our My Your Local There Here Then Now Some Many Most All One Two Three Several Both
    Each Every Such Other Another Although Though Since Because Whether What Who Why How Where
    Which According With Without Amid Among By From To Of Over Under Additionally Also
    Exactly Currently Fierce Late Earlier Further Nearly Almost Only Even Indeed Instead
    Not No Today Yesterday Tomorrow Everyone Everybody Nobody Someone Somebody Few People
    Analysts Officials Critics Residents Proponents Sources
    Experts Observers Western Eastern Northern Southern Ukrainian Russian American European
    British French German Chinese Polish Israeli Palestinian Iranian Syrian Turkish"""
    )
    | CALENDAR_CAPS
)
# Words that make a capitalised speaker an organisation rather than a person.
ORG_WORDS = words(
    """Ministry Army Forces Force Council Corps Agency Office Staff Department Committee Union
    Nations Republic News Novosti Gazeta Times Post Press Agency Service Services Guard Brigade
    Regiment Battalion Division Command Government Kremlin Parliament Duma Rada Party Bank
    Institute University Center Centre Foundation Organization Organisation Commission
    Court Police Embassy Administration Europe Telegram Journal Television TV Radio Group
    Company Inc Ltd Network Channel Times Herald Tribune Daily Weekly Review Media Watch
    River Region Oblast City Street Square Lake Sea Mountains Bridge Airport Station Front Bank
    Province District County State States Island Islands Valley Gulf Bay Peninsula Plant"""
)
# A company's legal form after its name ("Voltaris Energy, Inc."): part of no speaker's name.
LEGAL_SUFFIXES = words("Inc Ltd LLC Corp Co plc PLC AG SA NV GmbH LP LLP")


def is_legal_form(word: str) -> bool:
    """Whether ``word`` is a company's legal form, with or without its dot ("Inc.", "plc")."""
    return word.rstrip(".") in LEGAL_SUFFIXES


def is_company_name(words: Sequence[str]) -> bool:
    """Whether a name's words are a company's: two or three capitalised words, the last one
    that ends a company's name and no person's (lexicon ``COMPANY_HEADS``: "Whitlow Retail",
    "Ashdown Holdings"), whatever the entity recogniser typed the name as. The one home of
    the test the attribution engine (a "person" that is a body) and the grammar (an apposed
    name that is no person's) both make."""
    return (
        2 <= len(words) <= 3
        and words[-1] in COMPANY_HEADS
        and all(word[:1].isupper() for word in words)
    )


# Unnamed plural groups whose word is offered as evidence: "analysts say", "officials warned".
VAGUE_GROUP_NOUNS = words(
    """analysts officials sources experts residents critics observers proponents witnesses
    diplomats authorities reports hospitals commanders locals medics doctors volunteers
    insiders people"""
)
VAGUE_GROUP_VERBS = words(
    """warn warned say said argue argued counter countered point pointed report reported describe
    described suggest suggested indicate indicated estimate estimated believe believed claim
    claimed note noted fear feared insist insisted emphasized emphasised stress stressed
    accuse accused allege alleged warning saying claiming insisting reporting arguing"""
)
# A side in a contest named by its stance, several parties and no one body: "the opposition
# says", "the opponents say", "Verdanie's opposition has called for …" are a vague group
# (README, heldout26 conventions no. 6); a coalition the article names is a body.
SIDE_NOUNS = words("opposition opponent")
# Institutions named by a common noun: "the Ukrainian military", "its defense ministry".
INSTITUTIONS = words(
    """military army government ministry authorities police administration navy command
    kremlin embassy prosecutor's prosecutors court parliament"""
)

# Common nouns that head a named institution or document: "according to the water authority".
ORG_NOUNS = INSTITUTIONS | words(
    """authority agency office department council committee company ministry service report
    study survey census statement data figures operator utility union association club
    regulator commission inspectorate"""
)
BODY_NOUNS = ORG_NOUNS | GENERIC_ORG_NOUNS | BODY_KINDS | BODY_DESCRIPTORS
"""Nouns that say what they name or describe is a body ("… Institute", "the watchdog"),
whatever the recogniser took its name for."""

# Something happened: the verbs of events a reviewer can check against other reports.
EVENT_VERBS = words(
    """captured liberated recaptured retook retaken seized taken took killed wounded injured died
    visited reported attacked struck shelled bombed launched fired destroyed fled evacuated
    arrived released announced signed met arrested detained raised encircled entered withdrew
    retreated surrendered fell collapsed voted elected resigned accused held clashed exploded
    crashed downed shot intercepted deployed occupied broke freed hit targeted repelled
    advanced moved crossed stormed resumed lost won began started ended opened closed posted
    published recorded filmed announced imposed approved passed rejected sanctioned
    confirmed denied called displaced demolished damaged burned blew executed flooded reopened
    sank erupted collided declared"""
)  # ("declared": a formal act, "declared a state of emergency", is an event, README item 30)
# "Recalled" is an event only as a product recall, which grammar tells from a memory ("she
# recalled her childhood", "recalled how the river rose"): its passive ("the kettles were
# recalled", "a recalled heater") or a quantity as its object ("recalled a batch of …"; a
# number is a statistic).
RECALLED_QUANTITY_NOUNS = words("batch batches consignment consignments shipment shipments")
# Evaluative framing that, without any checkable anchor, marks opinion rather than a claim.
FLUFF = (
    r"remains? to be seen",
    r"watch(?:es)? closely",
    r"one thing is clear",
    r"stark reminders?",
    r"looms? large",
    r"\bprofound\b",
    r"\bunderscor(?:e|es|ed|ing)\b",
    r"\bhighlights? the\b",
    r"\bremains? (?:evident|fraught|unclear|uncertain)",
    r"\bserves? as\b",
    r"\ba blow\b",
    r"\bsymbolic\b",
    r"\bshockwaves?\b",
    r"\bfocal point\b",
    r"\bthe (?:world|question) (?:watches|remains)",
    r"\bfar-reaching\b",
    r"\bsen(?:t|ds?) ripples\b",
    r"\bframed as\b",
    r"\bthis narrative\b",
    r"\bimplications\b",
)

MONTHS = ENGLISH_MONTHS
"""English month words -> number (the one table lives in ``lexicon.months``)."""
NUMBER_WORDS = (
    frozenset(CARDINALS)  # ("three" to "ninety": the matcher's, one list)
    | words("two hundred hundreds thousand thousands million millions billion billions dozen")
    | words("dozens half percent per-cent")
    | RU_UK_NUMBER_WORDS
)
# Units that make a number a duration or a time, not a count (no `statistic` for "10 days later").
TIME_UNITS = words(
    """second seconds minute minutes hour hours day days week weeks month months year years
    decade decades century centuries a.m. p.m. am pm o'clock"""
)
# Lines that credit a picture or name a writer: never claims.
CREDIT_LINE = re.compile(
    r"^\W*(?:photo|photos|screenshot|image|images|video|source|credit|illustration|picture|"
    r"caption|graphic|map)s?\s*(?:credit)?\s*:",
    re.IGNORECASE,
)
BYLINE = re.compile(r"^\W*(?:(?:a|an)\s+\w+\s+)?by\s+[A-Z]", re.IGNORECASE)

UC = "A-ZÀ-ÖØ-ÞА-ЯЁ"
NAME_WORD = rf"[{UC}][\w’'.-]*[\w]|[{UC}]"
PARTICLE = f"(?:{alternation(SURNAME_PARTICLES)})"
"""A surname particle (``lexicon.english.SURNAME_PARTICLES``) as a regex: "de", "van", "bin"."""
NAME = rf"(?:{NAME_WORD})(?:[ \t]+(?:{PARTICLE}[ \t]+)?(?:{NAME_WORD})){{0,5}}"


ANONYMITY_RE = any_of(ANONYMITY_CUES)
FLUFF_RE = any_of(FLUFF)
FUTURE_RE = any_of(FUTURE_CUES)
EVENT_RE = re.compile(
    rf"\b(?:{alternation(EVENT_VERBS)})\b|\b(?:{alternation(RU_UK_EVENT_STEMS)})\w*"
    rf"|\b(?:is|are|was|were|be|been|being)[ \t]+(?:\w+ly[ \t]+)?recalled\b"
    rf"|\b(?:a|an|the|its|their|every|each)[ \t]+recalled\b"
    rf"|\brecall(?:s|ed|ing)?[ \t]+(?:(?:a|an|the|its|their|one|some|another)[ \t]+)?(?:\w+[ \t]+)?"
    rf"(?:{alternation(RECALLED_QUANTITY_NOUNS)})[ \t]+of\b",
    re.IGNORECASE,
)  # Russian and Ukrainian verbs by their stem: every ending is one entry; a product recall
# by its passive or its quantity object (``RECALLED_QUANTITY_NOUNS``)
# Nominalised events: "the liberation of Kupyansk", "the death of a journalist".
EVENT_NOUN_RE = re.compile(
    r"\b(?:liberation|capture|recapture|fall|seizure|death|killing|attack|strike|visit|arrest|"
    r"withdrawal|retreat|surrender|encirclement|evacuation|release|explosion|bombing|shelling)"
    r"[ \t]+of\b",
    re.IGNORECASE,
)
EVENT_RE, EVENT_NOUN_RE = prefiltered(EVENT_RE), prefiltered(EVENT_NOUN_RE)  # same matches, faster
TERMINAL = ".!?…\"”’»)'"
