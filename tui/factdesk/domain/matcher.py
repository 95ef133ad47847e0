"""The matcher's own version, stored with a desk's index (``corroborate.index``).

A plain constant in the foundation, as the extractor's is (``domain.extractor``), so that the
desk can ask on opening whether its stored pairs were judged by this matcher without loading
the matcher (``corroborate.match``: over a second of imports). Bump it when what the matcher
decides for unchanged facts changes: ``match.judge_all`` and ``label``, its thresholds, the
blocking, the links by meaning. A claim whose facts are unchanged keeps its pairs when its
article is indexed again (its stored facts are compared, not the rules that judged them), so
without a new version a matcher change never reached a desk's stored pairs; a desk whose
stored version differs has every pair judged again, in the order its articles came in
(``corroborate.index.rejudge``). ``tests/test_match_index.py`` pins it with what the matcher
decides on invented claims: a change of the matcher fails that test until it is bumped.

1: (index38, issue 13) the first version a desk records; a desk indexed before it has its
   pairs judged again once.
2: (pairs40, issue 13) one denial told in two scripts with a party in common is one claim
   (``match._one_denial``); a count of none out of a number («никто из 78 человек на борту
   не пострадал») is no denial.
"""

from __future__ import annotations

VERSION = 2
