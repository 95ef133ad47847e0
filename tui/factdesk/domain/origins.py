"""The version of the rules that key a claim's origin, stored with a desk's index
(``corroborate.index``).

A plain constant in the foundation, as the matcher's is (``domain.matcher``), so that the
desk can ask on opening whether its stored origin keys are this factdesk's without loading
the matcher. Why: a claim's origin key (``extract.origins``: who it is, one body in every
language by its kind and country, ``lexicon.institutions``) is derived when its article is
indexed and then kept; a change of those rules reached a desk only when its articles were
imported or re-extracted again, so a desk imported last week still counted «Минобороны
России» and "Russia's Defence Ministry" as two independent origins. A desk whose stored
version differs has its origin keys derived again from its stored claims, on opening
(``corroborate.index.rekey_origins``): no re-extraction, no verdict or pair touched. Bump it
when what ``extract.origins.origin_of`` gives for an unchanged claim changes;
``tests/test_origin_keys.py`` pins it with the keys of invented claims.

1: every desk before this record (extractor 346 and before: a body's spellings in each
   language were origins of their own).
2: (lex40, issue 13 item 4) a body every country has is one origin by its kind and country
   in every language (desk39, extractor 347), named with its army (review39, 349) or a
   country of several words or "Georgia" beside a body only a country has (lex40, 350).
3: (names41, issue 13 item 4) a country's name read in any case beside a body ("the UNITED
   KINGDOM government", "RUSSIA'S DEFENCE MINISTRY"), and "Georgia State Parliament" (a US
   state's) no longer Georgia's parliament (``lexicon.institutions.body_kind``).
"""

from __future__ import annotations

VERSION = 3
