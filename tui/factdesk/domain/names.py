"""The version of the rules that file a name's spellings into groups, stored with a desk.

A plain constant in the foundation, as the origins' and the matcher's are (``domain.origins``,
``domain.matcher``), so that the desk can ask on opening whether its name groups were filed
by this factdesk's rules without loading them. Why: a spelling's key and group
(``names.spelling.name_key``, ``names.groups.NameBook``) are stored when it is first met and
then kept, so a change of those rules reached a desk only for spellings it had not met: a
desk imported last week kept «Уимблдона» apart from "Wimbledon" while a new one joined them,
and the names view, the origins and the matcher's anchors read the old groups. A desk whose
stored version differs has every spelling filed again on opening, in the order it came, its
articles' mentions read again and the articles whose groups moved indexed again
(``corroborate.index.refile``); a reviewer's merge or split stays. Bump it when what
``name_key``, ``declined_keys`` or the name book give for an unchanged spelling changes;
``tests/test_names_across41.py`` pins it with the keys of invented names.

1: every desk before this record.
2: (names41, issue 13 items 4-5) a short Russian or Ukrainian name's case endings («Вену»),
   the Ukrainian г/к/х alternation («Ризі»), у for W («Уимблдон»), a French final -gue
   ("Hague"), and a Cyrillic spelling filed before its Latin one.
"""

from __future__ import annotations

VERSION = 2
