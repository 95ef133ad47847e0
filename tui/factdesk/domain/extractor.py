"""The extractor's version, stored with every claim it writes (``claims.extractor``).

A plain constant in the foundation so that the desk can ask which articles an older extractor
wrote (``store.extraction``) without loading the extractor: the app's first screen starts the
re-extraction of such articles, and loading spaCy and the rules for that question alone would
slow it. Bump it when what a claim stores from extraction changes.

1: the first extractor. 2: the attribution engine on spaCy.
3: the attribution engine's knowledge phrases, kin nouns, quotes across lines.
4: a claim's names come from the entity recogniser (``names.mentions``).
5: pronouns to the person the previous sentence was about, quoting outlets as channels,
   described organisations ("the Danish retailer"), participial asides in Russian.
6: interviews' answers (Q/A), datelines blanked for the parser, documents named again.
7: judges' rulings and agencies' measurements, abbreviated titles ("Sgt."), plural names as
   organisations, relative clauses that speak, Russian press offices.
8: "X said …, according to OUTLET" (X speaks, the outlet carries), surnames with particles,
   organisations' own adjectives kept ("Local Government Association").
9: a surname in -s stays a person (a plural name is an organisation only when called "its"),
   "blamed X for Y" is a statement, describing nouns before a name ("Patient Anna K.").
10: "officials said" and "rights groups said" at large are vague (tied or counted: unnamed
   sources); a body a document was lodged with is not its author.
11: Russian/Ukrainian institutions in the nominative, whose data or website it is speaks.
12: a named speaker keeps words "according to" a document or aide only relays, a name apposed
   at the end of a subject, "X, which …" an organisation, "the guard" after "a guard" who
   asked for anonymity; ru/uk: institutions with a place in the genitive, "Одна из них, X,",
   press offices of the institution their noun names.
13: ru/uk: "со ссылкой на X" (X speaks, the outlet carries), more reporting verbs and their
   reflexive forms, "Напомним, …", "Такое мнение высказал X", a man's genitive surname in the
   nominative ("Новака" -> "Новак"), "— сказал X журналистам".
14: press reviews: "Sportsmail understands", "The i says", "The Courier leads with claims
   that …" (the paper speaks), "The Globe carries a warning from X that …" (X, via the paper).
15: ru/uk offices named alone ("Министр обороны заявил", "по словам губернатора области") go
   to the person introduced in them, "глава ведомства" to the one just named; a Russian or
   Ukrainian surname's ending gives the person's gender for a later "она"/"він".
16: a press release's own sentences are its issuer's (newswire dateline, "X (NASDAQ: X) today
   announced", a media-contact line).
17: a dateline with a full stop inside ("ЕКАТЕРИНБУРГ, 2 декабря. /ТАСС/.") is cut whole from
   the first claim; short given names in the genitive ("Юрия") back in the nominative.
18: a line end inside a sentence (no sentence punctuation, a lower-case word next) is read as a
   space even when the text is not uniformly wrapped (a few lines, lines of uneven length).
19: a surname the tagger read as an adverb ("Reilly, who …, said") is the verb's subject.
20: "X admitted 19 counts of fraud" is a deed (a plea), not words; "admitted that …" still is.
21: Russian/Ukrainian: an outlet told, a setting or a quoting office is the channel, not the
   speaker ("В Минфине «Ъ» заявили" -> Минфин, in the nominative; "— цитирует X пресс-служба"
   -> X); "Как сообщалось", "Сообщается" are unattributed; "Как передавало ТАСС, X заявил"
   is X's; groups ("Участники рынка отмечают") are vague; "Организация", "ведомство",
   "регулятор" alone point back to the institution; a bare role after a quote ("— додав
   чиновник") is the official just quoted; „…“ quotes close; "(Редактор …)" is a credit.
22: Russian/Ukrainian: "от комментариев отказались" is the refusing source's; "отверг"; plural
   people of a kind with a verb of speech, fear or demand are a vague group ("Градозащитники
   опасаются"); "пресс-служба министерства" after "источник в Минсельхозе" is Минсельхоз.
23: English: an interview's byline ("Interview by X") is not its interviewee, "our survey" in an
   answer is the interviewee's; "the Spaniard", "the 45-year-old" are the person just quoted;
   "the club/network/authority/publication" and "the Toronto-listed company" are the
   organisation named before (one whose name has that noun first); "X, an app that …" and "The X
   Reporter" are organisations; "X, the company behind Y, says" is X; "Holly's rep" is an
   unnamed source of hers, and a bare quotation after an unnamed source's words is theirs; "In a
   statement, the ministry said" makes "according to the statement"/"the statement added" the
   ministry's; "X, Inc." is X (the legal form is no part of the name).
24: Russian/Ukrainian: "сообщил «Интерфаксу» её директор X" -> X; "сообщили РИА Новости в
   пресс-службе …" -> the institution; a role opening a sentence ("Эксперт напомнил") is the
   one just quoted; "Как сообщалось ранее,"; "следует из данных X"; a quoted name opening the
   sentence owns its press office; RIA and Interfax datelines are cut from the first claim.
25: Russian/Ukrainian: "Засновник школи, ветеран X, розповів" -> X; "по его информации";
   "за підрахунками X"; "йдеться у відповіді компанії" -> the company the sentence names;
   "Как пояснили в ведомстве" points back (never "Как"); "поділився" is a reporting verb.
26: English: "Okafor, a producer on the show," stays a person (a trade that is also a kind of
   company makes no name a company's).
27: Russian/Ukrainian: "за словами посадовця", "по словам эксперта" (a bare role) is the
   official just quoted, like "— сказал чиновник".
29: English, to the merged labelling conventions: a document is its owner's or author's ("its
   annual report", "company data", "the company's own status page", "figures published by X",
   "FAA data" as the name the article spells out); a journal that publishes a study is not its
   author; "declined to comment/say" is the decliner's answer, "did not respond" nobody's (but
   still a claim); a judge's order or a board's vote is a deed (no source); "one of them said",
   "with one telling the paper" are unnamed sources; "Observers from ORG" are ORG; "Police in X
   County"; "A <long organisation> spokeswoman" is anonymous; "which has been confirmed by X";
   "the paper says" is the newspaper named before; Q&As printed without "Q:"/"A:"; a press
   release's issuer from its "About X:" boilerplate, and its studies are its own.
30: English: double attribution through a paper or the police gives the inner source ("The Times
   says sources in X's camp claim", "The Mirror says NHS England figures show", "The woman
   told officers …, police said"); a relation names a person ("his wife" -> "Whitcomb's wife",
   "the woman" -> the last "his wife", "her husband" -> the man introduced with "his wife Ann");
   "allegedly told" is hearsay; "denies six counts" is a plea; "Local security officials" are
   not named by a capital.
31: English, from dev7en's first sight: "Dr X briefed reporters" is X speaking, and a quotation
   paragraph after it (over a caption line) is X's; "found this argument “…”" speaks (a finding
   bound to a quotation); an anonymity cue inside the words a named source reports ("TechBeat
   reported that an unnamed group …") does not make the source anonymous.
32: English, from dev8en's first sight: "X has sent an email …, saying" makes "said the email"
   X's; an editorial, an email or a memo is a document; an organisation that "finds" is a
   source like one that measures; "the company said" keeps an organisation that spoke even when
   the recogniser took a mention of its name for a person's.
34: English: a he/she whose reporting verb hangs under a clause about a named person earlier in
   the same sentence is that person ("X, the speaker of the Assembly, made news when he told
   the paper …"), before any unnamed source quoted earlier.
35: Russian/Ukrainian number words are one list (``lexicon.cyrillic``'s figures, read by the
   matcher too): the claim detector now also knows collective and teen forms ("семеро",
   "п'ятнадцять") and oblique tens ("более пятидесяти").
36: a claim's time span reads Russian and Ukrainian dates ("8 января", "19 листопада 2025
   року" were the article's month before), weekdays («в среду», «у п'ятницю») and
   «вчера»/«сьогодні»; stored spans of older claims are refreshed by re-extraction.
37: the matcher's stored facts give each figure what it counts ("dead", "injured", "rescued":
   ``corroborate.match.figure_roles``), so two tolls of one event that differ conflict.
38: a role counted as none ("nobody was hurt", "no deaths", "никто не пострадал") is stored
   as a count of nought of that role.
39: Russian/Ukrainian: a bare institution noun is never the speaker when the article named the
   institution ("сайт клуба", "пресслужба компанії у Facebook", "В самой компании информацию
   подтвердили", "— уточнили в пресс-службе", "по данным онлайн-табло аэропорта": the one
   named with that noun, else the article's first name in «»); a quotation opening the
   sentence is never an organisation's name; plural carriers are a group.
40: the matcher's outcomes read "sign" (good for what is signed), "fine" and "fined" (bad for
   who is fined: "escaped a fine" is its opposite); a fine "without" which a case closed is
   nobody's outcome.
41: English, from heldout6 (spent) and dev9en's first sight: a reporting verb in the future
   ("will announce") reports nothing; "the newspaper said" never takes the subject of its own
   report, and "the report said" is the outlet that spoke or reported before; "…, the fund's
   head X said" and "…, industry and banking sources said" when the parser hung the speaker on
   the clause before; "the company" is never a description ("Europe's largest data provider")
   and, with no organisation speaking before, the one the article names most; a capitalised
   name ending in a common noun ("Midshires Trains") is an organisation; "hinted" speaks;
   "recalled 40,000 heaters" and "rejected the request" are deeds; "The chairman of X" keeps
   "of X"; "without citing sources" cites nobody.
42: the matcher stores every percentage a claim puts forward (``ClaimFacts.percents``), and
   reads "seven and a half years" as 7.5 years.
43: Russian/Ukrainian: an epithet for an office holder ("наставник полтавців" for the coach the
   story is about, by synonym and by the most-mentioned holder); "— приводит сайт слова X";
   "не уточнили" kept as a claim without a source; a body's experts ("Синоптики … ЦГМС") speak
   as the body, people of a kind before an acronym ("Сапери ДСНС") are a group; names in the
   instrumental back in the nominative.
44: Russian/Ukrainian: "— ідеться в повідомленні" is the institution that spoke; "Как писал «Ъ»
   14 ноября, о … объявила авиакомпания X" and "Как сообщалось, … объявил X" are X (never a
   demand); "его представитель" and "три топ-менеджера … компаний" are unnamed sources; a
   place after an office ("вице-мэр Екатеринбурга … Виктор Лапшин") is no person; "называл"
   speaks, "называется" does not.
45: the matcher reads "a dozen" as 12 ("more than a dozen dead" is 14 and not 8) and a toll up to
   nine words before its figure ("the death toll from Monday's crash in X stands at 22").
46: Russian/Ukrainian: an article's organisation is never a work's title in «» ("спектакля
   «Бесы»"), and "в театре", "в музеї" point back like "в компании"; "сообщила РИА Новости
   пресс-служба компании" reads the two-word outlet as the channel; "критикують" speaks.
47: Russian/Ukrainian: "воздушная гавань" is the airport named before; a bracketed aside of four
   words or more ("(по данным Росстата, …)") is never the sentence's source; "…, пояснил
   чиновник" after a named official is that official, and "замглавы", "заместитель",
   "заступник" are offices ("— добавил замглавы ведомства").
48: English, from heldout6 (spent): double attribution gives the inner speaker named with a verb
   of telling ("X said the company told analysts", "He told MPs that Y had told him"; never a
   quotation, a pronoun or a group); "speaking privately" and "declined to give his name" are
   anonymity phrases; "teachers' union leaders" speak for the union unnamed; "the union
   negotiating committee" and "the group's research arm" are the body; "In a filing / an
   update to its members, X <verb>" is X's; a place never speaks beside a named subject
   ("Calgary, Alberta-based X said"); a name after "from" under a person noun is a place, and a
   name apposed to a person noun is a person whatever the recogniser said.
49: English, from dev10en's first sight: "the carmaker said" never takes a place that is the
   subject of the words it reports, and takes the owner of that subject ("Kaito's drop …, the
   company said"); "One said:"/"Another said:" (tagged a pronoun or a determiner) after unnamed
   sources are those sources; every answer of an interview is the interviewee's, a body it
   names included.
50: English: "the club"/"the group" is never a body whose name ends in another kind's word
   ("Premier League", "… Commission"); an organisation described by lower-case trade nouns
   ("The clothing, food and homewares group", "the health system") is the one named before.
51: English acronyms: a body given by its initials ("UCSO says", "The MoD confirmed") is the
   one name the article spelled out before ("Union County Sheriff's Office", "Ministry of
   Defence"; a lower-case initial may be a function word), by the one spelled_out that
   Russian/Ukrainian acronyms use, which now gives a name only when exactly one fits.
52: Russian/Ukrainian outlet nouns: "по данным газеты", "по информации издания", "отмечает
   издание", "як пише видання" are the outlet the article named before in «» after a reporting
   verb or an outlet noun ("пишет «Коммерсантъ»"), as "the newspaper said" in English.
53: Every English acronym speaker ("according to FAA data") is read by spelled_out alone (the
   table of the recogniser's organisations' initials is gone): a name only when exactly one
   spelled out before fits, never the first of two ("PSB": "Port Safety Board" and "Pacific
   Shipping Bureau").
54: Russian/Ukrainian (heldout7's classes): one-word openers before a subject ("Так, …") are
   no speaker; a noun in the instrumental ("Вироком суду") is no adjective of the court;
   advisers are offices, found by the same head noun worded another way or named after; "X:"
   lead-ins; refusals to comment without "комментарии"; people close to something and a source
   noun as any verb's subject are anonymous; a relative clause that reports; compound words
   give two initials ("ВАКС"); the defence of a person is unnamed; an institution noun is the
   institution the sentence is about; a straight quote right inside «» is nested.
55: Russian/Ukrainian: initials written with dots ("Н.А.Б.У.") are one acronym; direct speech
   opened by a dash ("— …, — сказал он"); an outlet in an aside ("Об этом, как сообщает ТАСС,
   рассказали в МЧС": МЧС via ТАСС); a channel or post speaks for its owner ("в
   Telegram-каналі поліції", "у дописі очільника ОВА"); "Так сообщил X" is X's.
56: English, from heldout7 (spent): initials written with full stops ("The F.T.C. said") are read
   as the acronym they spell; a person apposed to a capitalised role is the speaker ("Suffolk's
   County Policing Commander, Chief Superintendent X, said"; police ranks are titles); a release
   "attributed to" an officer is hers from that line on; "It is important to stress that" has no
   speaker; "the defence secretary" with nobody before is the one person the article gives that
   office later, and a capitalised office ("The MP for Kettering West") the person introduced in
   it; a lede's unnamed office holder ("A Cabinet minister has denied …", "A Labour MP said …") is
   the person the next sentences name; "the ministry said" is the owned ministry that spoke
   ("Norway's foreign ministry"); "has asked X for comment" reports no words; "the Prime
   Minister wrote" is the person introduced with that title; "Other papers … reported …,
   attributed to Cabinet sources" is those sources; "It comes after the commander, General X,
   told media that …" is X (a clause after "after" the parser read as a noun phrase).
57: English review fixes to 56: a lede's unnamed source is never merely the next full name (the
   accused, a critic), only the one holder of its office; an office is never its shadow,
   former, acting or deputy bearer, and a role word never reaches back across a sentence;
   "attributed to" cites only a source noun, never in a passive ("was attributed to a local
   man"); a dummy "it" needs an evaluative adjective ("It is keen to stress" is the company); a
   release "attributed to" a force is the organisation's; more anonymity phrases.
58: Russian/Ukrainian name normalisation: a compound name with a feminine head reaches its
   nominative by its declension ("Генпрокуратуру" -> "Генпрокуратура", not "Генпрокуратур");
   "-стат" is masculine ("Росстата" -> "Росстат"); "Держпраці" is kept as written; a Russian
   locative in "-у" agrees with its "-ском"/"-ном" adjective ("в Зареченском аэропорту");
   "пост" is a site only with a case ending after it (never "постпредство").
59: English (heldout8, spent): an interview printed without "Q:"/"A:" whose frame says so
   ("We asked her how …", "This interview has been edited …"); a press release's issuer from
   an "About X" heading or its "SOURCE X" line, its standfirst and boilerplate no claims.
60: English (heldout8's classes, by general mechanisms): "The 41-year-old, who plays barmaid
   X, told pals" is not X (a name closing a relative clause set off by commas is not the
   subject); "Analysts at X cut their target" is X; "Y, which it says has …" is the
   sentence's subject, not Y; a descriptor is the body the article
   described with it ("the regulator" after "the regulator Ofreg"), "the body"/"the
   forecaster" the one that spoke or led a sentence just before, and a company noun is never
   an "… Administration"; "fire officials said" when the article names the body the word
   belongs to ("… County Fire Department") are its unnamed sources (anonymous, affiliated);
   "X blamed a rise in prices" in a main clause is X's account of a cause, not a deed;
   initials the article defines in brackets ("the England and Wales Cricket Board (ECB)")
   are that name, whatever letters they keep; a lede's "a peak body has warned" is the
   organisation that speaks first in the next paragraph.
61: Russian/Ukrainian bodies from the article's cast: "Там заявили" is the body that spoke
   before; a body's management ("Руководство завода") and an institution noun are the body
   the article named with that noun; a long genitive name keeps its head noun; a compound
   name ("Держстату") is the name the article spells out; an outlet noun is the outlet that
   opened a sentence before ("РБК … пишет"); one member of a body ("трейдер одной из
   компаний", "ещё один пилот компании") is an unnamed source; records ("по данным
   картотеки суда") have no author; "СМИ" is a group; "подсчитала" reports; an order
   ("распоряжение правительства") speaks for its issuer.
62: Russian/Ukrainian: the outlet told ("Об этом «Известиям» сообщили в пресс-службе суда")
   is never the press office's owner; the writer's own earlier report ("Как ранее сообщал
   наш сайт", "Як ми писали") is no source; "обращает внимание, что" / "звертає увагу, що"
   report; a body's staff by a bare noun ("за інформацією рятувальників", "правоохоронці",
   "детективи", "по данным полиции") speak as the body of that kind that spoke before; a
   document by its noun alone ("согласно пояснительной записке", "як зазначається у
   повідомленні") is the statement of the body that spoke last or the article is about,
   else unattributed.
63: English review of 60: initials in brackets define a name only when they abbreviate it
   ("Stephen Marr (SNP)" defines nothing); "which it says" is the main subject's only when
   the pronoun fits it; a lede's "a passenger group has warned" is never the body the lede
   names; "the agency" is no descriptor's body when another body named with that noun is in
   the article, "the watchdog"/"the forecaster"/"the body" only a name that says it is a
   body; "fire officials" are never the "Fire Brigades Union"'s; "Analysts at X" are X only
   when they set an estimate to a figure ("cut their target to 150p"), never in what happens
   to them ("lost their bonuses").
64: Russian/Ukrainian review of 61: "Руководство завода" is never a body of another kind
   ("Министерство финансов") nor one of two plants the article named (then the noun as
   written); only the nouns "реестр"/"картотека" are records (a registrar, "реестровая
   служба" speak); a plural noun before a singular adjective is no part of a name; "Об
   этом Иванова заявила министру Петренко": the subject before the verb speaks, the name
   after it was told; an office's holder is never a name after a verb ("директор сообщил
   губернатору Ивановой").
65: English, the article's own cast over the nearest name: "the club"/"the council" is never a
   body whose name shows another kind ("League Two", "… Museum Trust"; else the lede's subject
   the recogniser missed, else as written); a name apposed to a person's role ("The
   festival's director, X,") is a person; a lede's "the network operator has said" is the
   body speaking next; "organisers said" is the event their sentence opens with; "its
   accounts" after "last year's festival" is the festival, and a sentence's subject owns its
   "its"; "X fumed: “…”" introduces the quotation; "X sued Y" makes "the suit says" X's and
   "X have written to Y" makes "the letter" X's; a body that counts, or issues warnings or a
   statement saying …, speaks; "the data" is the author of the figures named before; "put in
   claims" is a deed; an interviewee's short answers ("No.") are claims; a paper that "leads
   on what it calls …" speaks, and "the i" is a paper in any case; a one-word name quoted
   saying "I …" is a person, whatever the recogniser took it for.
66: Russian/Ukrainian review, part 2: a lone surname after a feminine verb ("Шевченко
   заявила", "Коваль заявила") is never a man the article named ("Тарас Шевченко"); "Один
   из водителей" is an unnamed source, "Одни жители"/"Каждый пятый житель" are not one
   member; a body that reports on its own ("МВД сообщает", "МЧС пишет в своём
   телеграм-канале") is no outlet for a later "издание", and an outlet noun is never an
   institution's name ("Издание МВД").
67: English: a lede's office ("The leader of X Council has resigned") is never a person named
   later with another body's word in their title ("group leader Y").
68: Russian/Ukrainian: a plea ("Рябов вину не признал") is a claim (no source); a head noun
   capitalised only because it opens a sentence ("Мэр города …") names no institution;
   "по данным"/"согласно" a thing with no body ("открытого бюджета") is unattributed; "за
   словами матері, Оксани Левченко," is the name set off after the noun; initials may leave
   the country's letter unsaid ("НБУ" for "Національного банку"); an agentless report or
   estimate ("Зазначається, що …", "Збитки оцінюють у …") right after a body spoke is that
   body's.
69: Russian/Ukrainian review, part 3: "Руководство заводов" (many plants) is no pointer to
   the one plant named before; "дирекции"/"дирекції" are a body's management too.
70: English: "the company said" is not the body described as a company earlier when another
   company is named or speaks since ("its rival company Tarnwell … Kelby shares rose …
   The company said" is no Tarnwell's); a "SOURCE X" line names a release's issuer only on a
   page marked as a release; "we spoke to them" frames no interview of the first person named.
71: Russian/Ukrainian: a named body's own announcement or plan is its claim ("Маркетплейс
   «Ягода» с 1 марта повысит комиссию", "Банк «Світанок» знизив ставки"), read from the
   subject and the verb's tense, gender and time; deeds (fines, bills, votes, a court's or the
   police's acts), habits, background in past years and a "Про це повідомила X" after it are
   not; a one-word name only where the article writes it as a name.
72: Russian/Ukrainian: a kind noun is the body named with it or with its compound
   ("пресслужба фестивалю": "Одеський кінофестиваль"), and one body named twice is one;
   organisers speak for the event the article is about; whose estimate or figures an outlet
   gives speaks ("приводят оценку Зернового союза"), an outlet citing its own survey speaks
   itself, and "по данным издания" is the outlet its own sentence opens with.
73: English: initials are the one body's name the article spells out anywhere, a word of it
   left out ("ECB" for "England and Wales Cricket Board", "TfL" named before "Transport for
   London"), never a person's ("GP" is no "Gareth Pimm"); a name described with a body's
   noun ("The operator, Calder Coaches,") is a body, and what "the firm" stands for.
74: English: a descriptor is the one body of the article's cast tied to its noun: a name set
   right after it ("The trade body ISPA said"), a headline's or lede's descriptor named by
   the body that speaks next ("…, watchdog finds" / "the higher education regulator has
   found" before "the Office for Students says"), a synonym ("the force" for "Kent Police",
   "the watchdog" for the regulator), "the Championship club" for the club; none or several
   tied: as written.
75: English Q&A: an answer that cites a body by its name as its source ("according to the
   Centers for Disease Control", "The Craft Bakers Association says") is that body's claim;
   a body by a common noun and the interviewee's own side stay the interviewee's.
76: Russian/Ukrainian: a name in «» announcing is a name even when the article gives it once
   ("Маркетплейс «Корзина» повысит …"); "X с 2 декабря понизил ставку, говорится в сообщении
   банка" is X's announcement when the noun fits X's kind.
77: English: "It" opening a sentence is the organisation the sentence before was about (its
   main clause's subject by name, "The drivers' union Aslef has put out …"), not the last
   body that sentence mentions.
78: Russian/Ukrainian: "На заводе заявили" points back to the plant (as "В компании
   заявили"); "На Львівщині запевнили" names no body (before: "На" as an organisation).
79: English: a police appeal ("Officers are appealing for witnesses") is the one force the
   article names whole, and every sentence with no source of a release the force issued
   itself (no sentence quotes the police); a body's name the recogniser cut at an "and" is
   made whole ("Avon and Somerset Police"); an office left speaking ("the port's new harbour
   master", "the Care Homes Ombudsman") is the one person the article introduces in it.
80: English: "<kind> officials" of the one body of that kind the article names are its unnamed
   sources ("county officials" where one county is named, "state transportation officials"
   of the one "… Department of Transportation").
81: Russian/Ukrainian: a body's name never runs on into a verb or a setting ("Видання
   посилається на аудит", "Рада на засіданні погодила …": no announcement; approving is a
   deed); "з посиланням на власний запит до Мінфіну" is the ministry's answer (71 and 72 had
   given the outlet, named "Суспільне з посиланням").
82: Russian/Ukrainian: whose figures or document a press review refers to speaks ("Газета
   ссылается на данные X", "звертають увагу на звіт X", the outlet's report before it too);
   "Нам пишуть читачі" (to us: the writers follow the verb); an adverbial participle opening
   the sentence is no subject ("Выступая на форуме, X заявил"); "по предварительным данным
   полицейских" (the police body named); institutions in -банк, -офіс, мэрия, -арня, бюро,
   институт, школа, палата back in the nominative; a long name ends on no "та"/"и"/"з".
83: Russian/Ukrainian: a release names its issuer on a line of its own under the headline
   ("Головне управління Національної поліції в … області"): every sentence with no source of
   its own is the issuer's, as an English release's is.
84: Russian/Ukrainian: a body's quoted name in apposition to a subject that names no one is
   the speaker ("Поставщик круп, компания «Нива», заявил", "Один з орендарів, чий склад
   згорів, ТОВ «Явір», заявив"), not the role.
85: English: "she told …" after an unnamed spokeswoman is the named person the sentence just
   before was about, when one led it ("Ann Loy was driving to work when …"), not the source.
86: Russian/Ukrainian: a document named with adjectives before its noun still speaks for
   its author ("говорится в годовом отчете X", "У річному звіті НБУ йдеться").
87: English: a release's issuer is also the name of an "About X" heading whose paragraph opens
   on X and any verb ("X develops …"), and the first sentence's "X LLC" is X even when the
   recogniser cut it ("Storage LLC").
88: English: a lede's descriptor with a capitalised qualifier ("the City watchdog has found")
   is the body that speaks in the next paragraph, as a lower-case one is, and no longer a
   name of its own that "the regulator" could stand for.
89: Russian/Ukrainian: estimating (singular past: "Він оцінив …"; "Ущерб оценили" stays
   agentless) and advising ("советует", "радить") are verbs of speech; a pronoun's data ("по
   его данным") after a body named inside the sentence is that body's.
90: Russian/Ukrainian: a person speaker is stored in the nominative whatever case the sentence
   gave the name ("рассказал журналистам Виктора …" -> "Виктор …"), with the gender the name
   shows before a verb's; a body's name runs to the end of its noun phrase, not six words.
91: English: the name apposed to whom an unnamed spokesperson speaks for is the spokesperson's
   ("A spokesman for Harbour Grill, Miles Dunn, declined …"), also when the recogniser took
   the body's name for a person's or gave it none.
92: Russian/Ukrainian: a document prepared by a body ("ссылается на проект прогноза,
   подготовленный Федеральной налоговой службой (ФНС)") is that body's, in the nominative
   (a name the rules cannot put back from the instrumental is not given).
93: English: a group polled by a named pollster ("Analysts polled by LSEG had expected …",
   "economists surveyed by Bloomberg") is the pollster's claim, not a vague group's.
94: English: a name with an age set off by commas right before a verb of speech the parser
   left with no subject is its speaker ("In a post on Instagram, Varley, 47, said …").
95: Russian/Ukrainian: a friend or acquaintance of someone ("Подруга актрисы рассказала",
   "Знайомий співака розповів") is an unnamed source; an object put before the subject
   ("Снижение прибыли компания объясняет …") is no part of it: "компания" speaks.
96: English: a bare "Troopers said" is the one force the article names by a police noun
   ("Idaho State Police", "Montana Highway Patrol": "patrol" joins the force's synonyms),
   else a vague group (before: no source).
97: English: people an outlet cites by a count and no name ("citing two people involved in the
   talks") are anonymous sources, also after "It says" standing for the paper.
98: Russian/Ukrainian: a second main clause after a comma and "однако"/"но"/"а"/"але"/
   "проте" has its own subject ("…, однако в союзе «Пешеходы» считают …"); an aside (", а не
   X,") and a clause with no subject of its own ("…, но уточняют, что …") keep the first's.
99: Russian/Ukrainian: the name an epithet stands for ends at a bracket opened after its
   noun ("ритейлера (чистый долг/EBITDA)", "асоціація (УЗА)"): an aside or initials, not a name.
100: English: a body cutting, raising or keeping its own forecast or target price ("cut its
   forecast for the wheat crop", "raised its target price") makes a claim in words, not a
   deed.
101: English: a body's descriptor whose qualifying words are all in the one body named before
   that ends in a body's noun is that body ("the transit agency" for "… Transit Authority").
102: Russian/Ukrainian: a body whose name opens with adjectives ("Державна служба України з
   питань …") is no person "України"; its name ends before "за результатами/даними"; a dash
   between two months or figures ("у жовтні - листопаді") opens no clause.
103: English: an outlet's trailing "…, Ports & Harbours understands." is the outlet's claim
   when the tagger read "understands" as a noun of the name ("&" may sit inside a name).
104: Russian/Ukrainian: a person the sentence is about is remembered in the nominative with the
   gender the name shows, as a speaker is (a later "Она" is no man a feminine verb stood
   beside); a given name in -а/-я (Илья, Микола) and a surname in -ин alone show no gender.
105: English: a deed inside what a paper or the police report ("The Courier reports that a
   consortium has agreed to pay £1") leaves the paper speaking, not the actor as its source.
106: English: a noun of what a body does ("the regulator", "the department") stands for a body
   whose name says it does that work ("… Office", "… Commission"), and again for the same one.
107: English: a body's own statement (an "Issued by X" line, a numbered news release, "ENDS",
   "Notes to editors") is its issuer's in every sentence with no source of its own.
108: Russian/Ukrainian: one reader puts a person's name in the nominative (``lexicon.cyrillic.
   person_nominative``), told the case where the phrase shows it («по словам», «цитирует»,
   an office word's case, the full name a lone surname stands for); a man's instrumental in
   -ом ("Тарасом Гнатюком") and a declined -енко without Ukrainian letters are read.
109: English: a person's trade set before a name as its title ("GMB organiser Ann Roe") makes
   it a person's, whatever the recogniser took it for.
110: English: a capitalised name set between a body's noun and its verb ("The charity Safe
   Streets Now said") is the body's name, where the recogniser found none.
111: English: a body's noun right after a name that spoke and that nothing marks a person's
   ("Pickens Water said. The utility said", "Ofreg says … The regulator") is that name, a body.
112: Russian/Ukrainian: a verb of finding that frames the clause tells what was found ("Как
   установил суд, …", "…, з'ясували науковці Інституту X", "X установила, что …"); a body's
   researchers, and its staff who found something, are the body.
113: English: an outlet's trailing attribution the tagger read as a noun ends in any verb of
   speech or of what the press learns ("…, Ports & Harbours estimates."), not "understands" only.
114: English: two or three proper nouns the recogniser took for a body are a person's name when
   a person's noun is in apposition ("Ciaran Holt, a former detective who …") or a his/her of
   theirs follows ("Renata Gaskins had to stop her shift"), so a he/she after finds them.
115: Russian/Ukrainian: a press review's outlets in typewriter quotes ("…") are names; an
   outlet citing a body's statistics or publishing its draft ("публикует поправки МВД") gives
   the body; a paper's "Газета ссылается на …" reaches back to its own report only.
116: English: a noun is a document by its grammar ("The complaint, filed by X, alleges",
   "according to its published casebook"): its author or owner speaks, whatever the noun.
117: English: an unnamed source "at one of" several bodies is never identified as the next
   person the article gives a like office ("An executive at one of the big six suppliers").
118: Russian/Ukrainian: a general agency noun ("сообщили в ведомстве", "у відомстві") is the
   body its own sentence opens with, before a body an earlier sentence named or the outlet told.
119: English: a press review's front-page verb the tagger read as a noun ("The Daily Courier
   splashes on …", "leads with") makes the paper the speaker.
120: English: "It says allies of the minister believe …": "it" (a paper, a body, a document,
   never a person) relays unnamed sources as a paper does, and the claim is theirs.
121: English: a body's noun named again is the body the article described with it, unless
   one that spoke or led a sentence since could be it; a body described with another noun
   ("the research firm Kantar" for "the group") or only mentioned never is.
122: Russian/Ukrainian: a Q&A interview printed with dash-led turns is read as one when the
   page says so («Ми поговорили з …», «интервью», «Інтерв'ю скорочене»); its answers are the
   person it spoke with (from the instrumental), its questions furniture; «Ми …» is hers.
123: English: a plan a body put out in its own document ("X will close two libraries, under
   budget plans published on Friday") is its claim; "the report to the council's cabinet" is
   the council's.
124: Markdown's ``**``/``__`` emphasis marks are spaces in the text the analysis reads (same
   offsets): "the **RAC** estimates" has the RAC for subject.
125: Russian/Ukrainian: assuring and expressing are verbs of saying ("запевняло", "заверял",
   "висловлює протест", "выражает обеспокоенность"); "неоднократно" is no part of a name; an
   outlet noun is first the paper whose quoted name says it is one ("Российская газета").
126: English: a lede's qualified kind of body ("the largest teaching union has said") is the
   body of that kind named next ("The National Teachers' Union said"), never another one.
127: Russian/Ukrainian: a headline «Заява <body> щодо …» («Заявление … по поводу …») makes the
   page that body's statement: its unsourced sentences and its head noun alone are the body.
128: English: in a company's release "the company"/"the firm" is the issuer its boilerplate
   names, never the project it is about.
129: Russian/Ukrainian: a common noun after an acronym's prefix ("IT-директор", "PR-служба")
   is no capitalised name: after an outlet told, an unnamed source, not the outlet's name.
130: Russian/Ukrainian: "за словами патрульних" (a plural staff noun alone) is many officers,
   the force that spoke (also one the text names in lower case), not one role pointing back.
131: Russian/Ukrainian: a quoted outlet told between a body named in full (its capitalised
   adjective, lower-case adjectives and noun) and an impersonal verb ("В правительстве
   Тверской области «Ъ» сообщили") is the channel; the body speaks.
132: English: a body's kind set before its name as a label ("Consultancy Harrowgate ranked",
   "Research firm X found", "Consumer group Fairly? said") makes the name an organisation's,
   named without its kind, and "the union" after "the farmers' union Coval" is that body.
133: Russian/Ukrainian: a document cited by its noun alone ("Як зазначено в рішенні", "В
   документе говорится") with no body speaking before is the body opening a sentence just
   before that names a document or a programme ("Міська рада ухвалила рішення …").
134: English: a research team led by a named scientist ("The team, led by Dr X of Y,
   extracted …", "A team led by chemist X measured …") speaks through its leader.
135: Russian/Ukrainian: a council's compound noun ("міськрада", "облради", "горсовета") is a
   body, the "… міська рада" the article named: "Про це повідомили на сайті міськради" is
   the council's forward attribution of the decision before it.
136: English: "…, deputies said" is the one sheriff's office the article names in full
   (deputies telling what they did themselves stay a group); an office named after a title
   in the possessive ("the Arizona Attorney General's Office") is one name.
137: Russian/Ukrainian: a document by its noun alone ("Согласно пояснительной записке") is also
   the body that drafted one just before ("Министерство разработало поправки"); a neuter
   past verb ends a sentence's opening body.
138: English: "The man, arrested by police on Friday, said" (an aside set off by commas) is
   still the man, a person, never an organisation named "man".
139: Russian/Ukrainian: a one-word name in Latin letters ("по данным сервиса Downdetector")
   is a site's or a firm's, never a person's (the copy writes people's names in Cyrillic).
140: English: "the consultant said" after "One A&E consultant at the trust, who spoke on
   condition of anonymity," is that unnamed source again (its head noun after a qualifier).
141: Russian/Ukrainian: a place's adjective before a body's initials ("За даними Волинської
   ОВА") is the name the article spelled out with that adjective first ("Волинська обласна
   військова адміністрація").
142: Russian/Ukrainian: a sentence opened by a short passive participle ("Задержаны двое
   …, добавили в ведомстве", "Затримано …") names no body for its agency noun: the body
   named before speaks.
143: English: "…, a spokeswoman for the company said" in a lede is an unnamed source of the
   body the lede named, never "a company" described for the next paragraph's body.
144: Russian/Ukrainian: a body named after "в/у/на" speaks in its dictionary form ("В Минздраве
   России" -> "Минздрав России", "у Спілці …", "в … лиге", "На … молочном заводе"), without
   the words between it and the verb that are no part of its name ("при этом", an object put
   first, "нашему изданию").
145: English: the recogniser's type second-guessed by the grammar: a name it took for a
   place's (or one word it took for a body's) is a person's by an apposition with an age or
   a person's noun, "X Y, who …" a person's; one capitalised word it missed, tagged a noun,
   is a firm's name when the article writes it capitalised inside a sentence; a byline's
   writer is never a "she" of the story.
146: Given names: the list holds names common in Russian, Ukrainian and English only; the given
   names of office-holders in the news (ramzan, keir, rishi, olaf, …) are gone.
147: Given names: one test of "is this a common given name", the lexicon's (``known_given``),
   for the name matcher, the capitals reader and the Russian/Ukrainian reader alike.
148: Russian/Ukrainian: a place's adjective before a body's initials after "в/у" ("У Одеській
   ОВА повідомили") is one body, never cut at the initials as an outlet told, and speaks in
   the nominative where the adjective's ending shows a feminine ("Одеська ОВА"); an outlet's
   initials or name after it are the channel.
149: Russian/Ukrainian: an outlet the article shows as one (its dateline's, or one a verb of
   telling is told through) at the end of a body's name ("В ФАС РИА Новости пояснили") is the
   claim's channel, not part of the body's name.
150: the parser reads curly quotes and apostrophes as straight ones (one character for one:
   offsets and the text as written kept): "wasn’t", "the BBC’s Today programme", "Sheriff’s
   Lt." parse as their straight spellings do.
151: Russian/Ukrainian: "В асоціації очікують, що …", "В Минфине ожидают, что …": a plural
   verb of expecting framing a "что/що" clause is a body's forecast put in words.
152: English: a sentence's full stop after initials joined by "&" is its own token ("according
   to CP&H." names CP&H), and such initials are an acronym spelled out as the article
   defines them ("Coastal Ports and Harbours (CP&H)").
153: English: "According to the farmers' union Terra Viva, exports fell …" with "to" left
   without its object by the parser: the capitalised words after it, up to the comma, are
   the source (a body's by the kind noun before them).
154: Markdown: a heading line ("# …", "## …") is never a claim, and the analysis reads
   Markdown's marks as spaces (emphasis "*…*"/"_…_", a link's "[" and "](url)", code's
   backticks; same offsets), so a claim no longer opens or ends on a "*".
155: Russian/Ukrainian: a kind noun no body was named with («В ведомстве призвали», «За
   даними служби») is the body the sentence before opens with by name («МЧС России
   выпустило …», «Рятувальники ДСНС …»); «Именно прокуратура …» opens with the prosecutors;
   «Причиной в банке назвали …» and «На заводе задержки объяснили …» are the bank's and the
   plant's words (an object before or after «в X» is no part of the body's name).
156: Russian/Ukrainian: a short form the article defines in brackets after a long name
   («Антимонопольний комітет України (АМКУ)», «Свердловская железная дорога (СвЖД)», «… (НКРЕКП)»)
   is that name wherever it is used, whether or not its letters are the name's initials.
157: English: a paper that relays a named source's words ("The paper says X has told its
   members …") or cites a document it obtained from a named body ("citing figures it
   obtained from X", "citing data from X") is the channel, X the speaker; a group's
   warning in a clause of its own ("says train operators have warned that …") is that
   group's.
158: A live blog's entry time opening a paragraph ("09:58 The meeting has started") is
   read as spaces (text.datelines.entry_times), like a dateline: never words of the claim,
   nor part of the name after it ("10:14 Council").
159: English: "the hospital", singular after "the", is the body of that kind the article
   named ("The hospital said …" after "St. Agnes Regional Medical Center said …"), where it
   was read as a group like "local hospitals"; "citing" a reason ("citing a shortage of
   nurses") names no source.
160: Russian/Ukrainian: a body's experts or staff who found or measured something («Ученые
   Уральского университета нашли …», «Науковці Інституту … виділили …», «Сотрудники
   института … измеряли …») speak as the body (a forward «Об этом сообщил X» after it is X's);
   «в пресс-службе вуза» is the body its sentence opens with; «— рассказал руководитель
   экспедиции, старший научный сотрудник X Иван Y.» is Иван Y; «Ученый добавил» a paragraph
   after a quote is the scientist just quoted.
161: Russian/Ukrainian: unnamed people an outlet was told by or cites are anonymous sources:
   «Про це повідомили кореспонденту ТСН.ua джерела в Нацполіції» (a site's name with its
   domain is one word), «"X" з посиланням на двох депутатів … пише», «со ссылкой на близкие к
   Белому дому источники».
162: Russian/Ukrainian news sites: «Джерело: X у Facebook» under the lede gives the lede
   (no source of its own) to X, and «Дослівно: "…"» after it is X's words over every
   sentence and paragraph of the quotation; «за повідомленням X» / «по сообщению X» is X's.
163: English: a body's map, tracker or tests show its figures ("National Grid's outage map
   shows about 2,300 customers without power", "show" with a noun, not a clause; "Testing
   by the CDC shows that …": the tests' author).
164: Russian/Ukrainian: a general noun («пресс-служба организации», «Компанія підтвердила»)
   is the one body its own sentence names by initials in brackets («… исполком Союза
   биатлонистов России (СБР), сообщила пресс-служба организации»), else the one the sentence
   before names in quotes after an institution's word («… служби доставки "Швидкий Кур'єр"»).
165: A headline set straight over hard-wrapped copy (no blank line, no sentence end, the
   next line capitalised, no dateline) is its own line, not the start of the first claim,
   and never a claim ("Черкаська міськрада ухвалила бюджет …" over "Черкаська міська рада …").
166: English: a relative clause whose reporting verb has a body or person for subject and
   whose reported clause the relative pronoun opens ("The deal, which the company said will
   help sustain 160 jobs, will …") gives that subject the claim, as "which it says" did.
167: A first line ending on a word no headline ends on (a preposition, conjunction, article,
   relative or auxiliary: "… to cut 40 bus routes, which") runs on into the next line of
   wrapped copy instead of being kept apart as a headline (165 had lost that claim).
168: A source the writer gives a made-up name ("a worker we'll call 'Rosa'", "(not her real
   name)") is anonymous wherever that name speaks.
169: Russian/Ukrainian interviews: a credit line «Розмовляла X» / «Беседовал X» (the
   "Interview by" of those languages) says the page is a Q&A, so its lone questions are
   furniture and its answers are the person the introduction names first by given name and
   surname («Ніна Ш. очолює коледж …»), never the credit line's interviewer.
170: Russian/Ukrainian kind nouns for a named body: «заклад» is a general one («У закладі
   пояснили»: the university named); a body's name stops at a preposition of direction
   («вивів клуб до Першої ліги» is no club's name) and before a given name and surname
   («голова правління компанії Ігор С. і радить»: «За даними компанії» is the company); a
   person's name ends before «і»/«та»; «министерство» is the noun of «министерства»;
   «рассчитывают, что» / «розраховують, що» frame a forecast as «ожидают»; an office
   («Голова Укрпошти») is never read as a given name.
171: Q&A interviews printed with each question opening the paragraph of its answer ("How long
   are families waiting? On average, 14 months …") part at the question (marks per sentence,
   not per paragraph); "She spoke to us" / «Ми розпитали її» also says the page is one.
172: Russian/Ukrainian: a lone institution noun read as the organisation («в пресс-службе
   магистрали», «согласно записке ведомства», «в надзорном ведомстве») is, as its pointer
   would be, the body its sentence or the one before opens with; «магистраль» goes by a
   railway's name; «по заявлению X» / «за заявою X» attribute as «по данным X»;
   «об'єднання» is an association's noun.
174: Russian/Ukrainian: a sentence's opening «І», «И», «А», «Але» is a conjunction, never a
   body; a reporting verb with no subject before «що/что» («Додали, що …») is a pronoun of
   its gender, so the speaker before goes on; «На сайте X сообщается», «повідомляється на
   сайті X» are X's; two initials of a one-word name's abbreviated part and stem («УЗ») are
   that name when the article uses one such name.
176: Who speaks each turn of an interview or transcript: a broadcast transcript's speaker tags
   ("Tessa Varga: …", "VARGA: …", «Ведучий: …») start the tagged person's turn over the
   paragraphs after it (a part's tag is the programme's own), the tag no part of a name the
   sentence gives; inside a Q&A answer a source that told the interviewee keeps its words
   ("one of the buyers told us privately", «Фермери кажуть мені»), "their figures" are the
   body the question named, and a body the answer names only by a common noun is no cited
   source; "three of our members said" is that group as written, "two of those people
   said" one of the unnamed sources just cited.
177: A press release's issuer by its closing self-description or a run-on "About X X was …"
   line (4c6eb35).
178: Russian/Ukrainian: declining to comment in the infinitive («Коментувати плани в компанії
   відмовилися», «В клинике ситуацию комментировать отказались», «Оценивать … там
   отказались») is the refuser's answer, as «от комментариев отказались».
179: Russian/Ukrainian: an office or role noun after a quote («— пояснив експерт») is the
   person quoted last two paragraphs back when nobody (a body, an unnamed source) has spoken
   since, as one paragraph back before; «Він додав» after it goes on with him.
180: Q&A interviews: a one-sentence paragraph between two answers that says what someone
   else says ("Staff say the cuts fall hardest on languages.") is the interviewer's challenge,
   no claim; an answer's document owned by a common noun ("The inspector's report found …")
   is its owner as the question named it ("the county inspector criticised …").
181: A named body's own board or team speaks as that body (04d5712).
182: Russian/Ukrainian press reviews: «Газета ссылается на проект приказа министерства»,
   «посилається на проєкт …, підготовлений міністерством» are the draft's owner, a ministry
   noun finding the compound name the article used («Минздрав», «Мінфін»), and «X пишет,
   что …, следует из прогноза Y» is Y's.
183: A Ukrainian or Russian sentence ending on the one-letter word «є» or «я» («так і є.
   Але …») ends there: syntok read the letter as an initial and ran the next sentence on.
184: Russian/Ukrainian: a body's kind by its initials before its own name («ФК «Маяк»») is
   the full name the article spells out («Футбольный клуб «Маяк»»).
186: A transcript's speaker tags must name someone the text introduces outside its tags, or
   give the part after the name ("TESSA VARGA, HOST: …"): two labels with a colon ("Editor
   Note: …", "Media Contact: …") made the paragraphs after them a "speaker's" turn (176).
187: A place and a date on a line of their own, ended by a full stop ("Москва, 30 ноября
   2026 года.", "Truro, 3 December 2026."), are a dateline, not a claim.
188: Q&A interviews: a person an answer names in full as its source ("Our finance director,
   Ann Roe, told the board …", «Наш завгосп Степан Г. порахував …») keeps the sentence; a
   Russian/Ukrainian challenge put as a statement between two answers («Міська рада каже, що
   …») is a question, as the English one is (180).
189: A two- or three-word name ending on a company's word (lexicon COMPANY_HEADS: "Brackmoor
   Retail", "Fenwold Holdings") is a body whatever the recogniser typed it as ("the company"
   later stands for it); an unnamed manager "at one of the operators, Northvale Trains, who
   was not authorised to speak" is anonymous of that company; a sentence's first word the
   article writes in lower case elsewhere ("Snow fell …") is no speaker.
190: Names: a one-word "person" opening a sentence as a label before a colon ("Caveat: …",
   "Markup test: …") that the text writes nowhere else is no name (a claim's names and its
   single-source flag are read again).
191: Persons typed as organisations: a body noun set after a person's role ("X, president of
   Y.com, a load-matching service") describes the employer, not the person; a surname stands
   for the one person whose full names all end alike ("Majority Leader Ada Brennan" and
   "Ada Brennan").
192: A body by the first word of a name the article gave it before ("Skyhaven said" after
   "Skyhaven Air cancelled …"), when no person it introduced has that word for a surname, is
   an organisation, whatever the recogniser took the word for.
193: An organisation's "name" that is a title or role word before the full name of a person
   the article introduced ("Battalion Chief Ruben Torres", "Chair Ann Lowe") is that person.
194: A title the recogniser kept inside a person's name ("Bishop Anne Corbett") introduces
   that person with the office, as a title outside it does: "the Bishop of Dunhollow said" and
   "the bishop added" elsewhere are that person.
195: An unnamed source named again with an anonymity phrase ("…, the people said, asking not
   to be identified") is the one named before ("people familiar with the matter"), also when
   the sentence's verb is a passive of speech ("could be announced": no one announced, so the
   "said" beside it is the sentence's own); each such sentence is where the source last spoke,
   for a "they" or "the people" after it.
196: A statement whose first line names who makes it ("Statement by Mayor Ann Roe, Mayor of Y,
   on …", "Statement from the X Union on …") is that person's or body's from there on, as a
   release "attributed to" someone is.
197: A signed post whose credit gives a private person's civic role ("Posted by Ann Roe,
   volunteer observer, Y Civic Forum": lexicon SIGNER_ROLES) is its writer's, as one whose
   credit gives an office is (175).
198: Russian and Ukrainian unnamed sources: a paper that refers to people it does not name
   («Издание ссылается на трёх сотрудников мэрии», «посилається на власні джерела») is
   anonymous, back to its report before; an outlet's own sources after «із/зі посиланням на»
   (Ukrainian euphony of «з посиланням на») or «со ссылкой на собственные источники» are
   anonymous; «пов'язує з»/«связывает с» (who links a fact to a cause) and Ukrainian «вказали»
   are reporting verbs; a demonstrative object put first («Такі зміни джерело …») is no part of
   the source; «за їхніми словами» (the declined «їхній») points back like «за їх словами».
199: Nationalities are one vocabulary with the matcher's countries (``lexicon.english``:
   DEMONYMS is every people's form of COUNTRY_WORDS plus NATION_GROUPS; NATIONS is
   COUNTRY_WORDS plus capitals): "Dutch MEP", "Austrian minister", "Slovak side" open a
   description and are no name mention, as "Russian" was (issue 13, match18).
200: A speech noun whose maker is named before it as its modifier ("A Larkmoor Air statement
   said …") is that body's or person's, as "a statement from Larkmoor Air" is; "the statement
   said" after it too.
201: Russian and Ukrainian: a first-person account signed under its headline by someone outside
   the press («Глеб Ракитин, член участковой комиссии», then "я" outside quotations:
   ``ru_uk.column_author``) is the writer's wherever a sentence names no source, «По нашим
   подсчетам» too; «в окружении X»/«в оточенні X» is anonymous (X's circle), never a body; a
   paper that quotes someone («Газета цитирует X, который говорит …») gives X's words, and
   someone it names only as "one of" many is anonymous; a sentence opened by what was done
   («Образцы почвы отобраны …, уточнили в ведомстве») opens with no body; «в сюжеті/репортаже/
   публикации X» is X's document; "X, по данным с его сайта / за інформацією пресслужби, …"
   is X (its representatives, unnamed, anonymous); «человек из окружения X» is anonymous.
202: Naming someone as who they are ("Police named the suspect as Ann Roe", "Sources identified
   the complainant as X": lexicon NAMING_LEMMAS, with an object and "as") is a claim in words;
   a body's kind followed by the name it goes by ("a local group called Parents for Safer
   Roads", "a charity named X", "a committee known as X") makes "the group" later that name.
203: Russian and Ukrainian: the emphatic «Сам/Сама» before a common noun that opens the
   sentence («Сама актриса ограничилась …», «Сам тренер заявил») is the person the story is
   about (a he/she for the engine), never a role or a body called «актриса»; an outlet's report
   whose own clause gives the words to a number of people it does not name («Издание
   сообщает, что три человека … подтвердили») is anonymous.
204: What a news outlet "has learnt" ("…, The Wexbridge Post has learnt", "The Hollinford Echo has
   learned that …": lexicon LEARNING_LEMMAS) an unnamed source told it: anonymous, the outlet its
   channel (item 39); "The Times understands that …" stays the paper's (item 38).
205: What an unnamed source is familiar with ("people familiar with the matter", "with
   knowledge of the deal", "briefed on the talks") is a topic, not its affiliation: none is
   read from it; "a source close to X" and "officials at X" keep X (item 7).
206: "It is believed …", "It is thought …", "It is understood …" (an impersonal passive with an
   empty "it", lexicon IMPERSONAL_LEMMAS) relay unnamed others: unattributed, nobody named
   (item 44), not the writer's own assertion; inside a quote the quote's speaker keeps it.
207: A passive of speech whose "by" is a time ("A sale could be announced by Friday, the
   people said, asking not to be identified") has no agent, as 195 reads "within days": the
   sentence is the unnamed source's named before, not a new source of no name.
208: Russian/Ukrainian: a post with no name ("По словам губернатора") is the person just quoted
   only when the article called someone by that post (never the minister's); counted people
   ("Двоє інженерів": a group; "двух сотрудников министерства": unnamed sources with the
   body); "по словам местных лесников" a group; a denied "не повідомила", "не называет"
   silence; a document's impersonal verb after a quote ("- уточняется в сообщении"); "…, про
   що повідомив X"; information published on a body's own site, "на её сайте", "у Facebook";
   "агентство" the wire that reported; a lower-case noun with a place ("союза в Озерске")
   after the full name; a name up to its short form in brackets; "на запит" no part of a name.
209: Russian/Ukrainian: a kind noun for two bodies the article named ("пресслужба банку" after
   the central bank and the bank in «») is the one the story is about (its first «» name);
   "Как отмечается в отчетности" is a document by its noun alone (the longest document stem),
   so the body that just spoke.
210: Russian/Ukrainian: an agency noun after an unnamed source in a lower-case kind of body
   ("собеседник в полиции … уточнили в ведомстве") is the force of that kind that spoke
   ("ГУ МВД по … области"); a force's staff ("правоохоронці") find it named in one compound
   word ("Кіберполіція"), written as the article writes it.
211: English: a press review's "<paper> reports that … It cites figures from <body>." gives
   the body both sentences, the paper the channel (item 40); what a paper says unnamed people
   confirmed ("said three officials had confirmed the details"), what it "learned from" an
   unnamed source, and "news outlets citing police sources" are anonymous (items 39, 40);
   "the airline" is never a body whose name holds "Airline" before its own kind noun, "the
   council" never a company, and no descriptor a plan's or document's name; experts "from
   the institute" speak for the institute named before, also in a verb joined to the main
   one ("counted 60 nests and found …", item 14); results a company "posted" ("posted a
   first-half loss of £12m") are its claim, as "reported" ones are (item 27).
213: English: a members' body's kind noun beside a name the recogniser cut ("the Coldfield Bus
   Drivers union", "the PTU union") and "the regulator X" with X taken for a place make "the
   union"/"the regulator" that name; unnamed one-of-many sources are anonymous: "people
   involved in the talks" (the verb's lemma), "one of the senator's staff/team", an
   indefinite title word that is no role word ("one superintendent", "a detective"), "the
   first person said" after unnamed people; "the bus builder" is never a body the article
   set beside another kind's noun (a union).
214: English: a release whose header field names who releases it ("Released by: Inspector
   Ann Roe, Roads Unit.", a label and a colon among the page's first lines) is that officer's
   or body's, as "Please attribute to" and "Statement by" headers are (item 25).
215: English (issuer20): a page that names its issuer at its foot is that issuer's (a signed
   first-person statement, a release's media-contact field naming a body).
216: English: "the first person said" (an ordinal picking one of the unnamed sources quoted
   before) reaches that source however many paragraphs back and whoever was quoted by name
   since; 213's form reached two paragraphs, with no named voice in between.
217: The time a claim is about (``extract.timespan``, the matcher's facts): "last spring",
   "last summer", "last autumn" (or "fall"), "last winter" are the latest such season over
   before the article's month, no longer the article's month (match20, issue 13).
218: ru/uk: "Про це компанія повідомила на своєму сайті", "… повідомила в Телеграмі": the
   body between the topic and the verb speaks when only the channel follows the verb; the
   site or network ("сайті", "Телеграмі") was read as the speaker.
219: English: a lede's unnamed person ("A mum of three says …") whom the next paragraph
   introduces by a full name, speaking, is that person, with the quotes and pronouns carried
   on from either (item 19); never a withheld source or a body's voice (an official).
220: English: the writer's note on why a source is unnamed ("They asked not to be identified
   because …", "The sources spoke on condition of anonymity because …") is the writer's
   (item 3), no longer the source's.
221: Names (ux21): a hyphenated name is one name ("Velmorsk-Tovarnyi", which the recogniser
   cut in two), and the place cues ("in X", "the village of X", the object of "capture") read
   it as one word; one whose first part the article names as a place is a place (the
   recogniser types hyphenated names as companies: the names view listed such villages as
   organisations).
222: English: a press review's "The paper cites figures from <body>, which counted …" gives
   the body the report before it too, as the same sentence without the relative clause did.
223: English: a document a clause says someone made is the maker's ("<body> has released its
   annual review … The review said", "…, according to figures it published"), and one a
   body's descriptor owns ("the hospital's notice said") is that body's (item 34).
224: ru/uk: "Як повідомляє підприємство, …": the frame's «Як»/«Как» is never a one-word
   person subject before the body the frame names.
225: names: a one-word name holding an apostrophe ("Ker’yanka") keeps its place cues ("in X"):
   the acronym test read only its letter tokens, and a word cut at its apostrophe had none.
226: names, ru/uk (names21): a Cyrillic surname meets the surname shapes (-енко, -чук, -ов,
   -ова, -ін, -ко … as romanised), so «Ім'я Прізвище» is a person, not an untyped name; a
   name in -о after a consonant keys by its stem in every case («Величко», «Величка»;
   «Міністерство», «Міністерства»).
227: names, ru/uk (names21): a one-word name that is an institution's noun in a case, alone or
   ending a compound («у Міністерстві», «в Институте», «у Державіаслужбі»), is an
   organisation: the place cues («в», «у», «на») typed a body where it spoke as a place.
228: quotes (quote21): a quote mark opening a sentence while a quotation of its family is still
   open on the line reopens it (a flattened page's British next paragraph): the open one ends
   with the sentence before, instead of running to the line's end and hiding later "said X".
229: datelines (attr22): a dash with a blank before it and none after ("LIMA (AP) —The"),
   accented capitals, an agency bare after the date ("PERTH, Dec 3 AAP -"), in lower case
   ("(dpa)"), after a date alone or a one-word place in ordinary capitals ("Lima (AFP) -"), a
   release's date in brackets, a Cyrillic agency in slashes after an ordinary place or closed
   by a full stop ("ХЕРСОН, 3 грудня. УКРІНФОРМ."): cut from the first claim, read as the
   article's place and outlet.
230: attribution (attr22): an interview framed by whom the questions were put to ("we put
   readers' questions to its chair, X", "we asked X Y, who runs …", "six questions for …") is
   read as one, its answers the person that framing sentence names; a release's "Issued by:
   <officer>" as the page's last line makes every sentence above it the officer's, as the same
   field in the header does (convention 25).
231: datelines (names22): a place and a colon ("PESHAWAR: ", "New Delhi, June 14: ") is a
   dateline, a label word, a weekday or a month ("Update:", "Monday, June 14:") and a
   transcript's speakers are not; a Russian/Ukrainian agency is stored in its usual written
   form however its dateline sets it ("INTERFAX.RU", "ІНТЕРФАКС-УКРАЇНА", "УКРІНФОРМ" ->
   Интерфакс, Інтерфакс-Україна, Укрінформ: ``lexicon.agencies``).
232: names (names22): a word the tokenizer cut at its hyphens is read whole in a name built
   from its proper nouns ("Coastal Anti-Doping Agency", was 'Coastal Anti - Agency'), and a
   hyphenated surname the recogniser took for a company's, with a given name before it, is one
   person ("Ana Lee-Marsh", was the organisation 'Lee-Marsh'): ``language.parse``.
233: datelines (lead, from ux22's desk session): a date written day first is a dateline's date
   ("HALLBY, 2 December 2026 — ", "HALLBY, 14 Feb (Reuters) - "), as the colon form already
   read it; the first claim kept it as its opening words and the article had no date.
234: attribution (desc22): a headline's or lede's descriptor no name shows ("the industry
   regulator found", "Regulator fines X") is also the named body that next leads a sentence
   a paragraph or two on (never a company, a person or an outlet), not only one that speaks;
   "the union", "the trustees" are the one body named before whose name shows that kind by
   another word ("<X> Workers United", "<X> Chapel Trust"; ``cues.KIND_NAME_WORDS``).
235: attribution (officials22): "company officials" / "agency executives" are the unnamed staff
   of the one body of that kind the article names (a company by its name's head word or legal
   form, or as the article calls it, "X is one of two companies"; an agency any body that shows
   no company), anonymous and affiliated to it; two such bodies, or none, leave a group
   (convention 20 as settled). Russian/Ukrainian agentless follow-on lines («Також
   повідомляється, що …», «Наголошується …») after a paragraph of follow-on lines of a body's
   account, and «Як повідомляється, …» / «Как сообщается, …» right after one, are that body's
   while its statement is the last source the text gave (convention 43 as settled); «Как
   утверждается» stays the writer's relay (44).
236: attribution (ruuk23, Russian/Ukrainian): a word that opens a sentence and can be no
   subject (an oblique pronoun or participle, «Ним/Затриманим виявився», an adverb, «Тогда
   заявлялось», «Утім») is never the body that speaks: the sentence is read without it, else
   an agentless verb of saying is unattributed; the English recogniser's Cyrillic "people"
   are dropped however short («Об» had taken «по ее словам»); anonymity asked for or a name
   withheld in any form («попросив про анонімність», «не захотіла називати свого імені»); a
   possessive inside any according-to phrase («за її оцінкою», «по её подсчётам»); a noun for
   a body of any kind («пресс-служба учреждения», «пресслужба закладу») is the body its own
   sentence names by a capitalised adjective; a speaker "citing" a named source
   («посилаючись на КП «X»») gives that source.
237: attribution (attr23, English): hearsay passives with their subject raised ("The ferry
   line is understood to be weighing a sale", "Two mills are said to have closed") are
   claims, unattributed (convention 44); a
   dateline giving the release's own date in brackets ("HALDEN, Ore. (May 6, 2026) – …")
   marks a release, whose issuer a short form is spelled out for and, in a police release
   naming itself nowhere else, is the body whose officers acted ("KPD officers stopped …"); a
   paper citing a document its owner names ("citing Harbour Commission records") passes on
   the owner's claim (40); "Industry insiders" are a vague group (22); a lede's "figures
   show" or "new research" is the publisher the next two paragraphs name on a document (34).
238: names (ux23, from the desk session): a title before a person's name is cut ("Councillor
   Dana Whitlow", "Commissioner Ortega-Bask") and a title alone is no name; small words
   between hyphens hold one name ("Kelham-upon-Tarn City Council", not "Tarn City Council");
   a lone Cyrillic institution noun («Міністерства») is no name; a bare surname beside the one
   full name of its article ending on it is that person's name group. Claims and speakers
   unchanged; claims' names change.
239: attribution (page23): a police release that ends on the public's contact line ("Anyone
   with information is asked to call …"), quotes nobody and never has its force speak as a
   source is the force's in every sentence with no source of its own (the contact paragraph
   and advice to the reader excepted): the one force it names whole, else the one body whose
   officers acted ("Officers from <X> Police District", "KVSO deputies"); two forces, none.
242: attribution (attr24, English): "the company" / "the firm" with no organisation the
   recogniser found to stand for is the company whose name it took for a person's or missed,
   the one the article shortens to its first word as news does a company ("Orla competes",
   "Orla's shares", never to its last as a person's surname), and such a name speaking is an
   organisation; a name a quotation gives first is never "the company" that speaks it
   ("'Corbel Ridge, which lost $12m, needs cuts,' the company said").
243: names (ux24): see its commit (a town in apposition, a square, "the X" are no organisation
   or person).
244: attribution (attr24b, sourcing): a refusal put as "did/would not comment" or "did not
   confirm" is the refuser's words (item 28; "could not confirm" and "did not respond" stay
   silence, and so does a plural of common nouns); "X has apologised" as the sentence's main
   verb is X's words; "Since May, the airline said, it has …" reads the body's noun set
   between commas; "<kind> leaders" are the one body of that kind's unnamed staff (item 20);
   "who spoke privately" is an anonymity phrase; "Investigators at X" are X (item 14);
   Russian and Ukrainian plurals of people of a kind («Прихожане», «Жены горняков»,
   «Шахтарі») are a vague group, never a name.
245: attribution (attr24): a name the article writes "which" after ("Minera Tolsa, which owned
   the dam, said …") is a company's for "the company" too, never shortened or not.
246: names (ux25): a surname after a form of address (Mr, Ms, Dr, …) is a person's, whatever
   the recogniser typed it; a role's own words before a title are no name ("Majority" of
   "Senate Majority Leader"); a body's name opening a sentence keeps a first word common only
   by its ending ("Associated Press"); a rights line's "Copyright" is no part of a name; the
   common English given names of both sexes (compared unfolded) and more Russian and
   Ukrainian women's names are given names.
247: names (ux25): a one-letter word ("D" of "(D-Nev.)"), a Roman numeral ("XIX") or a time
   zone ("GMT") alone is no name; MP, Attorney and Assistant are titles ("Local MP X",
   "Assistant U.S. Attorney X": no name "MP", "Attorney"); a word after the low opening quote
   „ opens a sentence («„Ми бачимо …»: "Ми", we, was a name); a quoted title after a unit or
   outlet noun may end on a comma or stop inside its quotes ("the squadron ‘Grey-Kestrel,’").
248: attribution (attr25): a Russian or Ukrainian plural verb of advice or offer with only its
   addressees before it in the dative («Пассажирам рекомендуют …») is agentless, the body that
   has just spoken (item 31), never a group «Пассажирам»; a regional adjective with a body's
   noun («региональное министерство здравоохранения», «в региональном ведомстве») is the one
   body the article names with its region in the genitive, before or after (item 4); "the
   report" is the author named with it before when the name is the parser's nmod ("a
   Department of Health report") or set after the noun that describes it ("a report by the
   consultancy X") (item 34); «В Минфине оценили …», a body in the locative opening the
   sentence, estimates with the plural that is agentless after its object (item 26).
249: attribution (attr25b, anonymous precision): a bare plural of officials, diplomats,
   advisers or relatives tied to no body, or only to a country or a people ("U.S. officials",
   "Western diplomats", "Several diplomats", "Consumer advisers"), is a group at large
   (items 20, 22), counted or tied ones stay unnamed sources; a lede's "a spokesman said"
   is the spokesman the next paragraph names as such, or by a bare name (item 19).
250: names (mend25d): every form of address is cut from the name it leads, "Prof", "Miss",
   "Mx" and "Dame" too ("Prof X Y" was the name "Prof X Y", "Dame X Y" a body).
251: Russian/Ukrainian attribution (attr26): a body's organ (its administration, supervisory
   board, management, or a press office opening the sentence) with the body's noun in the
   genitive is the one body the article named with that noun ("в адміністрації заповідника",
   "Наглядова рада фонду", "Пресслужба технічного університету").
252: English attribution (attr26b): a trailing "…, the X (INITIALS) said" whose subject the
   parser hung on the clause before; a post a possessive picks out ("the gallery's director
   admits") as its one holder; "expressed dismay that …" as words; a body's gauge or map owned
   by the body's noun ("the agency's gauge read …") as the body's.
253: names (ux25b, landed by names26): a capitalised Russian/Ukrainian adjective in -н- with
   the lower-case words up to an institution's noun is that body's name («Державній службі»,
   «Національної гвардії»), not the adjective alone; a one-word name no longer gains or loses
   a vowel when the shorter word has under five letters ("West" is not "VISIT"), unless both
   are given names (Pavlo/Pavel) or written in two scripts (a transliteration).
254: names (names26): the kinds a reader sees follow the grammar where the recogniser guessed:
   a name after a form of address is a person even read as a date ("Miss X" opening a
   sentence gave no mention) or a town; a name given an age ("X Y, 34,"), a full name whose
   surname the article addresses ("Ms Y"), a given name alone opening a person's two-word
   name in the article (not where the grammar places it), and a Russian/Ukrainian two-word
   name of a person's shape after a place noun («мэр города X Y») are persons; a country's
   English name (CLDR) read as a body is a place; a feast day ("by Easter", «на Пасху») is a
   name, not a person or a place.
255: The time a claim is about (``extract.timespan``, the matcher's stored facts; match26, issue
   13): a day written without a year is the one nearest the article's date, up to four months
   ahead (a month alone only after "from"); "tomorrow", "next week/month/year", "from the new
   year", "this summer", «в следующем месяце», «з нового року» and a weekday after "from",
   "starting" are ahead; a time still to come runs from the article's date to it; "than a
   year ago", "from 16.9% last year" are a comparison's base, not the claim's time. Claims and
   speakers are unchanged (the extractor reads none of it); older desks re-extract so their
   stored spans are made again.
256: English attribution (attr26c): a body's own page names its issuer in its first line ("X |
   News", "X – press notice – date") or in the press office its foot names ("Media enquiries: X
   press office"); the page's lines with no source of their own that are not quotations go to X.
   Never when a reporter's byline or an agency dateline tops the page, or X is an outlet, one
   capitalised word (acronyms aside), or a person or place the page knows.
257: English attribution (mend26b): attr26b's trailing "…, the X said." names no one when the
   whole name cannot be seen (a name the parser cut at "to": "the Fund to Protect Rural Schools"
   gave "Rural Schools"); the labelled splits' output is unchanged.
258: A country a claim names (``corroborate.countries``, the matcher's stored facts; mend26c,
   review26b): «Мінс-» alone no longer names Belarus, only «Мінськ»/«Минск» do; it named
   Ukrainian ministries' short names («Мінсоцполітики», «Мінспорту»). Claims and speakers are
   unchanged; older desks re-extract so their stored countries are made again.
259: an indefinite noun no list knows for a person's, as the subject of "found", "showed",
   "indicated" or "revealed" ("A sniffer dog indicated …", "A search of the van found …"), is no
   unnamed source (attr26); with "by" its author speaks ("an inquiry by the Gazette found …").
260: (mend26d) 259's finding thing names its "by" author only, never a name "of" it ("A
   post-mortem examination of X found …" named X, the man examined; now no source).
261: The matcher's stored facts (match27, issue 13): an end ("until Friday", "by October",
   «до п'ятниці») is the next one when its clause tells what is or will be ("will stay shut",
   "is closed", «буде», «стоятиме»), the last one after "was", "had", «был» (it was always the
   last one); «в ночь на вторник» is Tuesday; a figure after an estimate and before its thing
   («примерно на 2000 человек», "some 2000 fans") is no year; a date in a relative clause
   ending the sentence («…, который дума в марте решила убрать.») gives way to a relative
   time outside it; "also" before a deed in the past ("customs also seized …") makes the
   claim an aside. Claims and speakers are unchanged; older desks re-extract so their stored
   spans and asides are made again.
262: (attr27b) the writer's words inside a pair of guillemets are no part of the quotation
   («Мы готовы, — сказала она. — Осталось решить сроки»: ``quotes.author_asides``, a dash after
   a comma, "!", "?" or "…" and a verb of speech): the quotation's two pieces are the speaker's.
263: (attr27b) Russian and Ukrainian: "…, пояснили на заводе" is the works named before, as
   "сообщили в X" is; a sentence opening with «Чтобы/Щоб/Если/Якщо …» or with a phrase of common
   words («Плановая проверка, по данным ведомства, …») opens with no body; «не захотів називатися»,
   «отказался назваться» are anonymity; «по признанию», «за визнанням» are according-to phrases;
   «Как она рассказала, …» is the pronoun's; «оценивает», «оцінював» (the singular imperfective
   of estimating) are the subject's estimate; «Нацбанк» is the «Національний банк» spelled out.
264: English groups and unnamed sources (attr27, heldout29's classes): people at large by a
   plural noun no list knows, subject of a verb only people speak with ("Beekeepers warn …": a
   claim, unattributed), a bare plural of a body's noun or a capitalised plural opening a
   sentence ("Unions said", "Tenants told the paper": a group, not one body), "someone" who
   speaks (anonymous), "did not want their name used" (anonymity), "welcomed"/"branded"/
   "pointed to" as words, and "<two qualifiers> officials" tied to the one body named with both.
265: (attr27) "The court heard (that) he …", "The inquest heard …", "Jurors were told …" are
   unattributed (README item 45), never the heard clause's subject; not when that clause has
   words of its own ("X told police that …, the court heard"), nor in a line with no full stop.
266: (hyg27) what an examining document is "of" did not write it ("An audit of the X Board
   found …" named the Board; cues.EXAMINATION_NOUNS); one list of surname particles
   (SURNAME_PARTICLES: "Oriel ten Quist" is one name in every reader); a name defined in
   brackets runs over "&"; the matcher's countries: "Santiago" names no country, Cyrillic
   capitals match the capital's forms only («манила», «пекинес» none). The labelled splits'
   output is unchanged; older desks re-extract so their stored countries are made again.
267: (attr27b) Russian and Ukrainian: a deputy's or a woman's office («Замначальника управления»,
   «Заступниця голови») is its holder named before; a time word before a body's noun («Затем
   министерство уточнило») is no part of it; whom a body answered («в ответ на обращение «X»»,
   «у відповідь на запит X») is never its speaker; an opening word in the accusative («Новую
   схему …», «Інформацію …», read as written) is no body.
268: (mend27b) "also" before an active verb no longer makes a claim an aside (261's branch for
   a deed in the past, "officers also seized …", "prices are also expected …"): reports add the
   story's own facts so, and such a claim is again `same` as another report of them. Time
   spans read a relative clause by the lexicon's pronouns (``RELATIVE_FORMS``: every case,
   «которому», «чиї»; "whom"), as 261's narrower copy did not.
269: (mend27d) 264's people at large speak only when the verb carries words (a clause that is
   no question, a quotation, or the verb set inside the clause it reports): "Bakers add 3 eggs
   …", "Crews respond to 300 calls …", "Bees tell other bees where …" are no group's claims.
270: (gen28) "…, the firm said, since …": a reporting verb set off by a comma after the clause it
   reports is that clause's, whichever word the parser hangs the trailing phrase on (it was
   only for "the company", by the parse). "Would not"/"won't" refuses every verb "declined
   to" does ("officials would not say whether …": the refuser's, convention 28; "did not say
   when" stays silence), for unnamed sources and staff too. A one-word plural common noun
   opening a sentence ("Queues at the border …") is no organisation, whatever the recogniser
   said.
271: (ux28) A name of a person's shape the recogniser typed a body (or, in the names, a place
   or an untyped name), the subject of a verb of speech whose next sentence opens on "He" or
   "She", with no other name in its sentence, is a person ("Torvald Renck said … He added":
   the speaker type, and "He added" its speaker); in the names, a name of several words
   after a place noun's "of" ("residents of X Y"), before one or with one in apposition is a
   place, a capital read as a body a place, one ending on a company's head an organisation,
   a one-word name joined to a name the grammar places ("near X and Y", "captured X and Y")
   a place, and so is the object of "invade", "annex" and of "the annexation/occupation/
   invasion/liberation of". A speaker that is an office named by its noun ("the regional
   governor") is no `private-individual`.
272: (mend28c) Russian and Ukrainian: information made public by a participle of posting,
   placing, spreading, printing or announcing (``PUBLISHED_STEMS``: «согласно информации,
   размещённой на сайте X», «згідно з даними, поширеними на сайті X») is X's, as for
   «опубликованной»; an information noun with no owner after «согласно/згідно з» is vague,
   never the speaker «информация». An aside pointing back at the subject accepts any verb of
   what a document says before «в/у/на» («как сказано в его отчёте», «як мовиться в його
   звіті»), not a fixed phrase list. The defence («Защита/Захист X», ``DEFENCE_NOUNS``) is
   never a person: a name after it is whom it defends («Защита Гурьева», a man's genitive
   that reads as a woman's nominative), and it ends at a finite verb of any gender or tense
   after the name («Защита Смирнова попросила суд …», «Захист X домагається …»).
273: (gen28b) A source's request that the name stay out of print ("who asked me not to print
   her name", "asked the Courier not to name him", "asked that his name not be published")
   is anonymity: such a lede source is no longer given the name of a person the next
   paragraph introduces. Words told to the authorities (the lexicon's law-enforcement class,
   ``LAW_ENFORCEMENT_NOUNS``: "told deputies/troopers/investigators …") are the teller's
   when any body passes them on ("…, the sheriff's office said"), not only "police"; and
   "according to officers/detectives/deputies" relays a person's words as "according to
   police" does.
274: (mend28g, review28b item 4) ux28's "a person taken up as He/She" has one person-shape test
   (``text.pronouns.person_shaped``) for the names and the speakers, with the company heads
   (``COMPANY_HEADS``) and a new class of venue heads (``VENUE_HEADS``: "X Point", "X Quay",
   "X Heights") that no person's name ends on: such a body, then "She added", stays an
   organisation and the "She added" gets no company speaker. A capitalised "His"/"Her" in
   the speaking sentence now counts as a third person as a lower-case one did.
275: (pairs28b) In the names, a name of several words ending on a body's or a company's head
   is the body's even after a place noun's "of" or before a place noun ("City of X Council",
   "the governor of X Authority", "the X Ports district office": 271 made them places), and
   a seat of power that is a body's word ("the Kremlin") stays an organisation, not a
   capital's place.
276: (miss29) A name the recogniser does not tag, after a lower-case descriptor and before the
   verb ("the price tracker Qimbly said", the name read as an adverb; "the travel site X
   reported", X tagged a place after a descriptor that is no place noun: the lexicon's
   ``SETTLEMENT_NOUNS``), is the speaker, not the descriptor; and a capitalised "X of Y" no
   entity covers ("The Port of Dunmarrow said") is one body's whole name, not "Port" (an
   office's "of" left alone: "the Secretary of State").
277: (issuer29) The document's issuer, read from the document's grammar: a release's
   media-contact field names its body before a telephone number or address ("Media contact:
   Ann Roe, Westmere Port Authority, 01632 …" → the authority), and a "FOR IMMEDIATE RELEASE"
   line of its own marks a body's release whose issuer is the lede's body below the line (the
   headline above it no part of the lede). Russian and Ukrainian: an impersonal "said at the
   body" whose locative noun ends the one compound name the article gave («у водоканалі» after
   «КП «Озерноводоканал»», «в теплосети» after «ООО «Севертеплосеть»») or spells out the one
   name's kind initials («у комунальному підприємстві» → «КП «…»», «в обществе с ограниченной
   ответственностью» → «ООО «…»») is that body; two such bodies: neither.
278: (gen29a, issue 12) Six of the strict xfails' constructions as grammar classes: a business
   named by its place in supply (``SUPPLY_NOUNS``: vendor, distributor, wholesaler, contractor
   …, not only "supplier") describes the name after it as a company's ("vendor X, the company
   said"), while "vendor"/"contractor" stay a person's trade in apposition; a body's kind
   capitalised only because it opens the sentence ("Agency officials", "Council officials")
   is the kind, filled by the one body of it the article names; a body named by a place and
   its kind noun ("the X water board", "the X housing trust") is the antecedent of a later
   "its" as "the X district council" was, even when the recogniser tagged the place an
   organisation; a letter is its writers' whatever their noun ("six retired surgeons have
   written to …") and "their letter" is theirs, never the paper's that saw it; a relation
   named again soon after ("her son … Her son told …", "His son … His son also said") is the
   same person when the possessive finds no one or finds the relation itself (never "son's
   son"); a share of a group (``SHARE_NOUNS``: "a third of", "a majority of") is a group
   counted, as "40 percent of" is, so "according to a survey by X" speaks for it (convention
   7), never an anonymous "a third"; a person's name set off by commas right before a
   subjectless verb of speech ("…, Colonel X, told …") is its speaker, as "X, 47, said" was.
279: (gen29c) A paper that says it heard something from an unnamed source ("it heard about the
   merger from an aide who asked not to be named"), or was told it by one in the passive ("it
   was told of …/had been informed of … by two dockers who declined to be named"), is the
   channel and the source anonymous, as with "learned … from" (lexicon
   ``LEARNT_FROM_LEMMAS``: verbs of learning by their "from"; ``TOLD_BY_LEMMAS``: verbs of
   telling by their passive's agent).
280: (ruuk29) In Russian and Ukrainian a body's name ends before a time: a preposition that
   opens one ("после проверки", "напередодні", "протягом тижня") or one before a span of
   time ("за прошлый месяц", "за минулий тиждень") is no word of the name ("Комиссия по
   делам несовершеннолетних после проверки заявила": the commission). Asking not to have
   one's name put out by any verb of disclosing ("попросив не розголошувати його ім'я",
   "просивший не публиковать свою фамилию"), or "on condition of anonymity" in any case of
   the condition ("на умові анонімності"), makes the source anonymous.
281: (gen29b, issue 12) Russian and Ukrainian, by class: a body's call in the present
   («призывает», «закликає») is its speech, as its past was, so "X закликає …: за її
   даними" gives X; every examination's findings (a check, a revision, an expert
   examination, an investigation) is a document an outlet refers to, as an audit was; a
   compound name on a "-ой" stem («Минстроя») goes back to its nominative with its «й»;
   any place people post or talk online («в чатах», «в блогах», «в мессенджерах») is a
   setting, not part of the group before it; and an interviewer's challenge may assure or
   insist («запевняє», «уверяет», «наполягає»), not only say. English, by class: the
   hauliers and shippers that carry goods between maker and user join gen29a's
   ``SUPPLY_NOUNS`` ("according to the haulier's own records" is the company's; "haulier" a
   person's trade too); "one of the (main) exporters/airlines told me" (the plural of
   any body's noun after "the") is an unnamed source, one the writer describes by a clause
   ("One of the contractors we spoke to") the group as written; a body's name the
   recogniser left with no entity, known by its last word ("Tarnwick Insurance", "Harlow
   Assurance"), is the organisation experts "at" it speak for; and a stance's "at/over" phrase
   the parser hung on "expressed"/"voiced" right after a bare stance noun still makes a
   stance ("voiced anger over the closure").
282: (gen29c) A police appeal in the lede is found by the police subject of "appeal" in the
   parse ("Police in X are appealing …", "Detectives investigating … are appealing …",
   "Officers who … have issued an appeal for …", "… appealed on Monday for help …"), beside the
   pattern of a police word right before "are appealing"; "appealed against the sentence" (no
   "for", not progressive) is a court's appeal and no appeal to the public.
283: (bugs29) Speaker bugs mend29a saw: a sheriff's office's name never runs across a
   full stop ("…on Sunday. The X County Sheriff's Office"); a subject the parser took from
   inside a hyphenated word ("The co-op's head, Y, says": "co") is the noun the word
   possesses; "City, State-based Z said" gives Z when the parser made both subjects or Z a
   conjunct, and a name qualified "-based" is a body's, never a person's; a name whose first
   word the parser hung on its second ("Sallow Bay Mercury") is read whole; and a name the
   recogniser took for a body's, apposed to a person's trade or art ("the orchestra's
   conductor, X Y,"), is a person's (``APPOSED_PERSONS``, with trades and arts in
   ``PERSON_HEADS``).
284: (mend29c) An adjective-led body ("Российская …", "Государственное …", "Російська …") is
   no "-ой" compound and no compound name: its long ending is kept, not given a «й» back
   ("Российскай") or cut ("Російськ"); "Минстроя", "Госстрою", "Минкрая" still get theirs.
285: (ruuk29b) Russian/Ukrainian subject after its verb (VS order): a fronted object, a
   singular perfective future, then a named body closing the clause ("Ставки … снизит
   Газпромбанк") is the body's announcement when only words stand before the verb (no comma,
   person, office, body, deed object or later capital; never a past, plural or imperfective
   verb, never a preposition's object); a document's author ("Як зазначено в рішенні") is
   also the body after a past verb agreeing with it when the sentence opens with the document
   ("Рішення … ухвалила на сесії X міська рада").
286: (ruuk30) Russian/Ukrainian: several unnamed spokespeople of one body ("Представители
   театра заявили", "— сказали представники галереї") are anonymous, affiliated to it, as one
   is; of a sector or of many bodies ("представители бизнеса", "представники об'єднань …")
   still a group; an unnamed spokesperson or lawyer who did not reply ("не ответили", "не
   відреагував") is no source; an unnamed defence lawyer ("захисник X", "защитник X") is
   anonymous; a rank adjective and its trade or office ("головний лікар", "генеральный
   директор") is one post, given to the holder the article named; a body's kind noun («в
   компании», «на підприємстві») never stands for a name the article gave after an outlet's
   noun ("Телеграм-канал «X»", "газета «X»").
287: (ruuk30) Russian/Ukrainian: a stance stated at a body ("В X (не) согласны", "уверены",
   "У X не згодні", "переконані") is the body's, a group's after a plural noun, as "считают"
   is, its complement ("с решением", "з цим") and "не" no part of the holder's name; a line
   under the headline with a reflexive past ("разошлись в оценках") is a deck, never a
   release's issuer.
288: (ruuk30) Russian/Ukrainian: a bare one-person role after a present-tense verb ("…,
   говорит эксперт", "– каже експерт") points back at the person just introduced, as after a
   past "— сказал эксперт" (the present shows no gender; its singular was left a group).
289: (choice30; ruuk30 took 286-288) Formal acts and a body's voices, from the wrong choices on
   fresh text: declaring a formal state ("declared a state of emergency", "a major incident",
   «объявил режим ЧС», «ввела режим ЧС», «оголосив надзвичайний стан») and putting things into
   a set ("added two airlines to its no-fly register") are deeds, not words ("declared
   victory", "added that …" speak), and "declared" marks an event; plural trustees or
   governors of a named body and a body's board "of X" speak as the body ("The trustees of
   the X Fund wrote"), as do a named body's experts by possessive ("the X Institute's
   researchers estimate"); "the trust said" is the one body the article names whose name that
   noun heads, though it never spoke before.
290: (coref30) A body or person named further back: a body's bare noun no lexicon calls generic
   ("the trust", "the airport", "the school") is the one body named before whose name it heads,
   none when two share it; "the rebels"/"the militants" the one group described with that word
   ("the X rebels", "the rebel X"); "the trustees of X" is X; "he"/"she" prefers a person the
   article introduced over a lone word taken for one ("… of Marsh's Ferry"); Ukrainian
   "-ців"/"-ків" are no past verbs (no man's gender for "Голова спілки власників X"); a
   Russian/Ukrainian subject after its verb past a capitalised place governed by a preposition
   ("Экспедицию в X возглавила Y").
291: (none30; ruuk30, choice30, coref30 took 288-290) A source given where the text names
   none: a plea naming its offence ("denies manslaughter", "admits fraud") is a deed, as
   "denies two counts of theft" was; "replied/responded/answered with" a thing is a deed; a
   paper's verb of what it carries with only "on" a topic ("the FT reports on house prices",
   "leads on the by-election") is the writer's note; a speech noun inside an "if"/"unless"
   condition asserts nothing; "complaint", "indictment" and "affidavit" are documents (no
   author named: unattributed; "X filed a complaint" makes it X's); a paper that saw or
   obtained a document ("seen by", "obtained by") is not its author; "the opposition"/"the
   opponents" («оппозиция», «опозиція») and "some associations" are vague groups; a notice's
   one-word field label ("Hazard:") the text also writes in lower case is no transcript
   speaker; "Work and Pensions Secretary X" parsed "Work" + "and … X" gives X; a title split
   at its hyphen ("senior vice-president …, X,") gives the apposed name.
292: (anon30) Unnamed sources against groups: a body's staff counted by a number ("two
   shipping executives", "three senior managers", "two other staff members", Ukrainian
   "двоє працівників компанії" as Russian "два сотрудника") are anonymous as "two officials"
   are ("several managers", "two analysts" stay a group; names after them are no unnamed
   source); the staff of one thing after "the" ("the market's managers", "the hospital's
   managers") are unnamed staff; "managers" joins the staff whose kind noun stands for the one
   body of that kind; "who cannot be named for legal reasons" or "by order of the court" keeps
   back no source.
293: (mend30a, review30a of ruuk30; coref30 took 290, none30 291, anon30 292)
   Russian/Ukrainian: a stance's complement and "не" are cut out only inside the stance's own
   clause, opened by "в/у X" or a plural noun ("Мэр … с сожалением сказала, что депутаты не
   согласны" keeps the mayor a person); spokespeople of a bare-stem plural genitive
   ("представители школ"), of a quantity ("обеих сторон", "кількох") or of the authorities
   ("власти", "влади") are a group; "старший" names no one post; a ranked post keeps its case
   and one more word ("Главный инженер цеха номер два"); a spokesperson's phrase never ends
   on "не"/"пока".
294: (bugs30; none30 took 291, anon30 292, mend30a 293) Three speaker cuts a shift at the
   desk saw: a body's name with "and" inside ("the Office of Roads and Bridges", cut at
   "Roads" or at "and", the rest a person) is one name in the parse cache; a country in the
   genitive closing a body's name after a head noun that ends like an adjective or after
   oblique adjectives ("За даними Міністерства/Національної служби … України") is the
   body's, never a person "Україна"; a Russian/Ukrainian relation with its owner ("Мать
   девочки", "по словам отца погибшего") is a person named by the relation in the
   nominative, never a body.
295: (mend30c; mend30a took 293, bugs30 294) A coordination of two bodies' whole names ("X
   Trust and Y Trust", "X Board & Y Company"), which the recogniser tags as one entity,
   names two bodies: the bare noun after it ("the trust") resolves to neither; "Department
   of Fish and Wildlife" ("X of Y and Z") stays one body. (The split reads «и»/«і» too; the
   Cyrillic anaphors are resolved elsewhere and do not use it yet.)
296: (mend30d, review30b) Three regressions mended: the Russian/Ukrainian side noun
   («оппозиция», «опозиція») makes a vague group only in the nominative with no name after
   it («Лидер оппозиции Иван Петров» is the person); a formal act is read only from the cue
   verb itself, never from a declaring verb inside what was said («объявила, что … ввели
   режим ЧС»); "responded with a statement saying …" / "a letter warning that …" is words
   (a speech or document noun, or a noun carrying a clause), not an answer with a thing.
297: (fresh31) A body's own page names its issuer in a header line under the headline as well
   as on the page's first line ("<Body> | News | <date>"), and in a "Press/News release,
   notice or statement from: <Body>" field, cut at its date field; the body then speaks the
   page's sentences with no source of their own.
298: (fresh31) A thing a named body or a body's noun calls its own ("X's own consultation",
   "the council's own camera check") as the subject of a verb of finding or showing is the
   owner's record whatever its noun, as a listed document is; never a person's noun nor a
   pronoun's ("our own count").
299: (anon31; fresh31 took 297 and 298) Unnamed sources on fresh text: a body's
   investigators or inspectors qualified by its name ("Coast Guard investigators said") or
   its kind ("Board investigators" of the one board named) are its unnamed staff, anonymous
   and affiliated to it, as its officials are; an unnamed source whose only verb of saying is
   in a relative clause ("… spoke to a friend of the family, who insists …") is that source;
   a masthead the recogniser typed as a person that "has learned" (", the Gazette has
   learnt") is the paper told by someone unnamed; "union officials/leaders" are the one union
   named before whose name shows a union by a word other than its last ("… Workers
   Federation").
300: (ruuk31) Russian/Ukrainian bodies behind a pronoun or a general noun: «по её данным»,
   «за його оцінкою», «за їхніми даними» are the body that spoke last when its head noun
   agrees; a compound kind of body («хлебокомбинат», «м'ясокомбінат») opens a sentence as a
   body that «в пресс-службе предприятия» stands for, never a state body; «учебное
   заведение», «навчальний заклад» are the school the sentence names by number or name; a
   kind noun's experts («по данным специалистов ведомства») are the body that just spoke;
   «по итогам проверки» ends a Russian body's name.
301: (mend31, review30b; fresh31 took 297-298, anon31 299, ruuk31 300) One head-noun rule
   ("the trust" for the one "… Trust" named) with one set of guards where there were two
   (choice30's and coref30's): never a person's name (a surname set beside a noun of a
   person, an age or a "who" clause: "Maya Church, a teacher," is no church), never a
   city's or country's name the noun heads ("Traders of Panama City"; no name starts on
   "of"), never an area's noun; the noun heads a name with its "of …" too ("the society" is
   the "Royal Society of Lute Makers", never "Royal Society"). A body "of X" is X only where
   X is a body ("the governors of Texas and Oklahoma" are no body of Texas); a trade's
   counted people tied to no body ("two fund managers") are a group, not unnamed sources;
   "her complaint", "his lawsuit", «в её иске», «в його скарзі» are the person named before.
302: (found31; anon31 took 299, ruuk31 300, mend31 301) A Russian/Ukrainian side noun
   after its verb ("…, заявила оппозиция") or after "в/у" ("в оппозиции считают") is the
   vague side, as before its verb, never a role or a body; a body's name ends at a
   negation, a topic's preposition ("щодо", "по поводу", "о", "про"), an adverb or a season
   ("ще", "взимку", "осенью") and "last" with a span ("минулого тижня"), where it ran on; a
   statement (any speech noun) a body's bare noun owns ("the ministry's statement") is that
   body's when "the statement" speaks later, as a report was; "the forecaster"/"the body"
   stands for a name the article set a body's noun beside ("the weather service Met
   Eireann") as for one whose own words say it is a body.
303: (mend31b, review31a item 1) The line under a headline names a page's issuer only when
   the page speaks as that body ("we" outside a quotation, or the name back as a sentence's
   subject): an outlet's or a section's line ("Evening Standard | News", "UK Politics |
   News") over a story about others names no one; a "Press release from <Body>" field is a
   header only when nothing but its date field follows the name, never a sentence reporting
   a release ("Media statement from X, issued on Tuesday, said …").
304: (mend31a, review31a; mend31b took 303) A Russian/Ukrainian possessive pronoun of
   someone's words or data ("по её словам", "за його даними") is no longer the body that
   spoke last when a person of the pronoun's gender is named since, speaking or not
   ("Пострадавшая Анна Петрова обратилась в суд"); a press centre ("пресцентр",
   "пресс-центр") agrees with "его"/"його" as a press service does with "её"/"її".
305: (mend31d, review31a items 1-2; mend31b took 303, mend31a 304) A his/her, "he"/"she"
   never goes to a person whose common English given name says otherwise when no title or
   noun does ("Sara Quinn …
   According to his lawsuit" is no claim of hers); a counted staff plural whose compound
   noun is the kind of a body the article names, or a part of one ("two store managers"
   after "Penbury Stores", "two ward managers" after "… Hospital"), is that body's unnamed
   staff again, never a trade's group.
306: (stage32, the cue stage) A verb of finding, showing or recalling reports words only
   when a clause carries them: its passive ("glass was found in a jar") is a deed, and an
   adverbial clause a subordinator opens ("after …", "when …", "because …") is a deed's
   circumstance, never its words ("recalled 2,000 jars after glass was found"); "found out
   that …" is learning, told to the subject, neither its claim nor its measurement; a
   document's figures that reveal or indicate a figure are its owner's, as "show" was ("the
   agency's data indicate a rise"); "recalled" joined the event verbs, so a recall with no
   source stays an event (review32: the history left these two out; 314 narrows both rules).
307: (reference32; stage32 took 306) An event's organisers speak for the one event the
   article names before them, its headline included, when their own sentence names none:
   "organisers of <Name>" is that name, and "Organisers say", "the organisers", "race
   organisers" and "the event's committee" later are the one event an "organisers of"
   phrase or an event's noun heading a capitalised name ("the Kelderby Regatta", even when
   the recogniser took it for a person's) named; two such events: the organisers stay a
   group.
308: (ruuk32, issue 12; stage32 took 306, reference32 307) Russian/Ukrainian reference:
   a spokesperson's post with no name ("— добавил пресс-секретарь", "каже речник",
   "представитель перевозчика уточнила") is the person the article introduced in it,
   unless kept unnamed on purpose, another body's, a second one, several or of the other
   gender than the verb's form; a post's body written as a compound ("председатель
   профкома", "голова облради") is the body the introduction spelled out, for every post
   whose holder is looked up; a producer's noun ("в пресс-службе автопроизводителя",
   "виробника") points back at the body named before, as "перевозчик" does, and is never a
   name; a kind noun ("завода", "фабрики") is a name in «» that ends in that noun and holds
   the phrase's adjectives, taken as the text writes it (in its case); a Roman numeral's
   period ("за IV квартал", "за II півріччя", with Cyrillic "І" and "Х") ends a name; a "не"
   verb after any according phrase ("по данным", "згідно з", "на її думку": "не
   відповідають" is "do not match") is no silence: the words are the source's.
309: (mend32, review31a item 2; stage32 took 306, reference32 307, ruuk32 308) "X's own
   check/count … found/showed" is X's record only when X keeps records, a person or a body by
   its entity type or its head word; a place's ("Kellbridge's own camera check", "Kenya's own
   roadside count") is a record whose author is not named, never the town or the country as a
   named speaker.
310: (mend32, review31a items 1 and 5; stage32 took 306, reference32 307, ruuk32 308) "Union
   officials"/"the union" is a body the article calls a union (an apposition or a predicate:
   "the X Porters Federation, the union that …"), never one it calls an employers' or a trade's
   body or a body of another kind ("an employers' group", "which represents haulage firms", "is
   a cooperative"); a body it describes no way is a union by its name as before, but never a "…
   Cooperative" nor a name with an employers' word ("… Employers Federation"). A his/her, he/she
   never goes to a person whose Russian or Ukrainian surname or patronymic says otherwise, in
   Cyrillic or in Latin letters ("Olga Mironova … his lawsuit", "Dmitri Sokolov … her lawsuit"):
   ``given_names.surname_gender``, the one home of those endings (Cyrillic patronymics and
   Ukrainian "-іна"/"-ін" added to what ``ru_uk`` read).
311: (cue32b, the cue stage; ruuk32 took 308, mend32 309 and 310) A verb of rejecting with a
   claim for object is the subject's denial in words ("rejected claims that …", "rejected the
   accusations"), with an offer, a bid or a counted lot still a deed ("rejected the pay
   offer", "rejected 40 claims"); an active "rule out" with something ruled out is the
   subject's statement, negated too ("has ruled out a strike", "did not rule out job cuts"),
   its passive done to the subject.
312: (found32, faults a desk shift met; stage32 took 306, reference32 307, ruuk32 308,
   mend32 309-310, cue32b 311) A lone first name the article gave one person in full
   ("Graham said" after "Graham Pell") is shown as that full name, as a surname is; no
   source holds console markup brackets ("[@click=app.quit]Quit[/] Residents": the
   residents); an unnamed official of a body given by the noun its name is built on
   ("представитель департамента") belongs to the body the article named with that noun.
313: (mend32a, review32 items 1-2; mend32 took 309-310, cue32b 311, found32 312) An event
   named by its noun alone is what bare organisers speak for only when the headline, their
   own paragraph or the one before names it and nothing before them told of a march,
   protest, rally or strike (which has organisers of its own); organisers whose own phrase
   points to it ("race organisers", "the show's committee") and "organisers of <Name>"
   still reach it from anywhere before. An event's committee is read as a compound ("the
   show committee") and with "of" ("the committee of the show") as well as a possessive.
314: (mend32b, review32 items 3-4; found32 312, mend32a 313) "recalled" is an event only
   as a product recall, by its passive ("the heaters were recalled"), as an attribute ("a
   recalled heater") or with a quantity object ("recalled a consignment of …"); as a memory
   ("she recalled her childhood") it is no event, and "recalled how …" is a statement again.
   A clause of cause, time or condition beside a deed verb, and a deed verb's passive, make
   a deed only for verbs of finding, showing or recalling: "rejected the findings because
   …", "admitted the mistake after …", "asked the council if …" keep their subject as source.
315: (fresh33, heldout34's English errors by stage) A text's words are its issuer's: a
   finite "read" whose subject is a thing issued in words ('"…," the statement read.', "the
   notice reads") reports them as "said" does; an issued thing "from the <kind noun>" ("a
   statement from the council", "according to a release from the university") is the body
   the article names with that noun, as "the council said" is.
316: (mend33; fresh33 took 315) A business recalling a thing is an event by grammar: the
   active verb "recall" with a noun object that is no time and a business as subject (a noun
   of a business, a name ending on a company's word or a legal form, or an organisation by
   the recogniser without a person's shape): "the retailer recalled the kettles" is a claim
   (event) again; a person, a team or a council recalling something stays a memory, no
   claim. A name in capitals (two or three words with a vowel, not all acronyms, not after a
   body's noun: "Harbour master BRONA KELLETT said") is parsed as capitalised words, shown as
   written; console markup tags ("[b]", "[/]", "[@click=…]") and terminal escape sequences
   are spaces to the parser (a tag glued between a label and a capitalised word a comma),
   and a parsed piece that opens on such markup starts after it, so a name inside tags is
   whole.
317: (ruuk33; fresh33 took 315, mend33 316) Russian and Ukrainian: a general noun for a body («в
   пресс-службе учреждения», «у закладі», «на предприятии») with no body named by it is the
   body the sentence before sets its event in («В Курском цирке родился …», «У
   Житомирському зоопарку …»), read back into the nominative where the adjective's
   masculine locative tells it; a release a page carries, signed under its text on a line of
   its own by a press office («Пресслужба … прокуратури»), speaks for that institution in
   every sentence above the line with no source of its own.
318: (found33; ruuk33 took 317) A web or e-mail address in a claim is no words to the
   check-worthiness model: both its readers see it as a space, so a score's reason never
   reads a link's word ('word "example"') and a claim's score no longer moves with the
   site it cites. The
   spaces a console tag or an escape sequence leaves between two words are one space to the
   parser (the Doc keeps them as a space token): the recogniser cut the name after them
   ("Greta ESC[1mMoss" was "Moss") or typed it an organisation ("Harbour master[/link] Ivo
   Kask"); only an action's or a link's closing tag is read as a comma, so a style's tag or
   an escape inside a name ("Министр [b]Олег[/b] Марченко") no longer leaves the role with the
   given name.
319: (found33, mend33's open item) A Russian or Ukrainian name in capitals (two or three
   words with a vowel, not all of three letters or fewer) is read as a name: «Глава
   управления ОЛЕГ МАРЧЕНКО заявил» is ОЛЕГ МАРЧЕНКО's, as written, where the reader took
   the capitals for acronyms and the speaker was the whole phrase with its role.
320: (ref33, the reference stage's kind noun; ruuk33 took 317, found33 318-319) A singular
   proper name that opens its sentence as the subject of a plural verb ("Dellow United are to
   close …", "Ferris Holt have appointed …") is a body whatever the recogniser typed it
   (British news gives a team or a firm the plural, never a person), and a body's kind noun
   reporting that sentence ("…, the club said", "the company said") stands for the body the
   sentence opens with, not a name its reported clause mentions; "the university" or "the
   museum" stands for the one body named "University of <Name>", "Museum of <Name>" before
   it (an institution's noun, "Ministry of …", still not).
321: (quote33, convention 40; ruuk33 took 317, found33 318-319, ref33 320) A quotation
   that opens on a clause of telling and holds its subject ('X said: "The fire service has
   told me …"', '"Our engineer Kofi Lamb warned the board …," said X') passes on that
   teller's words: the teller (named, a body, a definite noun) is the claim's source, as when
   the report is written out; a quotation opening after the subject, a teller "we" or a
   pronoun, or a report the speaker answers with a clause of her own ("…, but it has since
   paid …") stays the outer speaker's.
322: (mend33a, review33 item 2; found33 took 319, ref33 320, quote33 321) The body a
   sentence sets its event in (317) must be of an institution's kind (``SETTING_BODY_STEMS``:
   a zoo, a theatre, a plant, a school, a hospital, a council …, or an initialism): «В
   Центральном парке задержали …», «На … цвинтарі пошкодили …» set it in a place, and a
   general noun after them («в пресс-службе учреждения») is no longer given the park or the
   cemetery.
323: (mend33b, review33 items 5, 6; found33 took 319, ref33 320, quote33 321, mend33a
   322) "read" opens a quotation after a colon again ('The petition reads: "…"', 'A note
   left in the cabin read: "…"'): 315 gave the verb only its text-reads reading, and such
   quotes went unattributed. A business recalling a noun recalls a product only when the
   noun is no time, no words (``SPEECH_NOUNS``), no claim (``CLAIM_NOUNS``) and no
   happening (``HAPPENING_NOUNS``: "the bank recalled the crisis of 2008" is a memory, no
   event).
324: (mend34, review33's open item) A batch import's read-ahead parsed in the second process
   (``parse_process``) reads console markup's gaps closed, as this process does: the child
   cut no body, so it parsed each block with the runs of spaces a tag or an escape leaves
   between two words open (``parse._MARK_GAPS``, found33), and an article imported that way
   gave other speakers than the same article imported alone ("Greta ESC[1mMoss" was "Moss").
   The blocks now go with their gaps (``parse.mark_gaps``/``note_gaps``).
325: (fresh34; mend34 took 324) A force's people as a bare plural ("Officers said",
   "Detectives believe", "Investigators said", lexicon ``FORCE_STAFF_NOUNS``) are the one
   law-enforcement body the article names whole, a police force or a sheriff's office,
   before or after them (convention 48), as "deputies said" was; with two such bodies or
   none named, a determiner, a qualifier, or officers telling what they did themselves
   ("Officers said they chased …") they stay the group.
326: (ruuk34, conventions 9, 17, 19; mend34 took 324, fresh34 325) A Russian or Ukrainian
   post or role noun for the person the article named with it, read by the post's word and
   case: an adjective before an office noun is one post («Міський голова», «Районный
   прокурор»; a grade, «Старший тренер», none); a holder is introduced only by a case form
   of the post's own word («Защита» is no «защитник»), in its paragraph, and after a post
   in the nominative by a name in the nominative («Адвокат Олега Лугового Вера Лужина»:
   her, not her client); a lawyer's role («Защитник утверждает», «Адвокат отметил») is the
   lawyer introduced by either word, as a spokesperson's is; «один из адвокатов
   подсудимого» is an unnamed lawyer (anonymous); an unnamed speaker's quotation is theirs
   over all its sentences.
327: (anon34; mend34 took 324, fresh34 325, ruuk34 326) Unnamed sources in court.
   Russian/Ukrainian "просить" in the present ("просит", "просять", "прохає"; not its past,
   which moved two Ukrainian sentences of the validation split) is a request in words, its
   maker's claim (item 31): the defence's ("Защита просит …") anonymous, a body's named; the
   ones asked before it in the accusative ("Жителей просят …") are no subject, an infinitive
   after it no speaker's name, and a request inside another clause ("хотя об этом просят …")
   gives no source; it never opens the writer's aside inside a quotation. The prosecution
   unnamed ("прокурор", "Гособвинитель", "Сторона обвинения", after a quote too) is a group as
   written (item 24), never a post's holder. "— заявил X один из адвокатов Y" after a quote is
   one of many, an unnamed source, unless a name follows after a comma. A proceeding or a filed
   paper a sentence opens in ("В прениях", "В жалобе") is its setting, and after the defence or
   a spokesperson no affiliation. English "solicitor" and "barrister" head an unnamed source as
   "lawyer" does ("His solicitor told the court" is no longer the defendant's). "The
   person/people/source(s) said" finds the unnamed source quoted before at any distance.
328: (mend34b, review34's item 3; mend34 took 324, fresh34 325, ruuk34 326, anon34 327) A
   force's people as a bare plural stay the group when the article also names another body
   with officers or investigators of its own (a council, a fire service, an accident bureau,
   an agency: lexicon ``OTHER_STAFFED_BODY_RE``): whose people they are is not said. A police
   force named after a weekday and "and" ("on Saturday and Kelder Police") is no longer
   "and Kelder Police".
329: (mend34c, review34 item 4, convention H-a; anon34 took 327, mend34b 328) «один из
   <noun>» is an unnamed source only when the noun after «из» is an official's or a lawyer's
   role («один из сотрудников завода», «один з адвокатів»); one of a group of the public
   («один из жителей дома», «один із підприємців ринку») is no longer read as anonymous (326
   read every group noun there).
330: (ruuk35, issue 12) A Russian or Ukrainian subject is the nominative phrase next to its
   verb: a time put first, with its date between commas or not («Во вторник, 3 марта,
   прокуратура сообщила», «У понеділок облрада повідомила»), is no part of it; nor is the
   instrumental complement of a verb of naming put first («Причиною цього директор назвав»:
   the post, then its holder; «Главной причиной пожара называют …»: nobody, unattributed); a
   person's name ends at the surname («Иван Петров поначалу от комментариев отказывался»),
   so a pronoun or a post after it finds him. Times of day join the adverbs («Утром»,
   «Вранці», «Учора»).
331: (fresh35; ruuk35 took 330) A "he"/"she" with no speaker in its paragraph or the one
   before goes back to the last person quoted (within three paragraphs, of the pronoun's
   gender as the article shows it) when every person mentioned since that person was last
   named is mentioned only in passing (an object, a possessor, no gender shown): a firm the
   recogniser typed a person ("sail with <X> Line", "a deal with <X> Coaches") or a person
   hired by the speaker is no longer the next "he said".
332: (anon35, issue 12; ruuk35 took 330, fresh35 331) Unnamed sources the engine could see and
   dropped. An active perfect in an "as" clause ("…, as insiders have told the Post that …") has
   a subject, so it is no passive "as expected by …"; a verb of speech in "-ing" on the object
   of "with" ("…, with a police spokesman saying …") is the sentence's source however the parser
   hung it (a notice or a statement there is not); a trailing "…, a spokesman for the fire
   service said." the parser set in the clause before is that spokesman's; an outlet "citing
   people it said were …" cites unnamed sources; "whistleblower" heads an unnamed source.
   Russian and Ukrainian: a body's spokespeople who "consider" («Представители завода считают»)
   speak for it (anonymous, item 17); a body that tells "unofficially" («неофициально»,
   «неофіційно») is its unnamed people, the body their affiliation. English "a prosecutor"
   unnamed is a group as written (item 24), as Russian/Ukrainian «прокурор» is. Affiliation: an
   unnamed source's kind noun ("A council spokesperson", "One company official") ties it to the
   one body of that kind the article names (as "council officials" are), initials before it ("A
   PSNI spokesperson") are the body they stand for, spelled out where the article spells them,
   and "the source said" after a source tied to a body keeps that body.
333: (ruuk35b, issue 12; ruuk35 took 330, fresh35 331, anon35 332) A Russian or Ukrainian noun
   of a person's sex or standing alone as the subject («Жінка зазначила», «Мужчина добавил»,
   «— розповів чоловік», «Пенсіонерка вважає»: ``PERSON_KIND_NOUNS``) is the person just named,
   resolved like «она»/«він» of the noun's gender, never a body called «Жінка» nor a person
   called «Женщина»; with nobody to point back to it names no one. A demonstrative alone as
   the subject, its verb agreeing («Тот от комментариев отказался»), likewise.
334: (mend35d, review35 item 2; ruuk35b took 333) The gender the article shows for the last
   person quoted, for 331's return to them: a title on a name the parse found and the
   recogniser missed ("Ms Maya Orr said", "Mrs" hung on the given name), and the writer's next
   sentence opening "He"/"She" outside a quotation before anyone else is named ("Maya Orr, a
   ferry captain, said … She has sailed for <X> Lines …"): a firm in passing after a speaker
   with no title and an unknown given name is no longer the next "she said".
335: (mend35e, review35 item 8; ruuk35b 333, mend35d 334) "…, Tom Reyes, a spokesman for the
   council, said." (a name, then its post or a relative clause set off by commas, before a
   trailing verb of speech the parser gave no subject) is that name's, where it had no source
   at all. 332's exception in an "as" clause for a main clause whose holder fears or believes
   is removed: it held on one labelled sentence and elsewhere dropped the claim or left it
   with no source.
336: (mend35b; anon35 took 332, ruuk35b 333, mend35d 334, mend35e 335) Russian and
   Ukrainian: after a time put first is cut off the subject ("В среду водоканал сообщил", "У
   середу водоканал повідомив"), its first word is read as a sentence's first word is
   ("Водоканал сообщил": named), where a common noun outside the body lexicon had no source; a
   period counted from now ("Минулого тижня", "на прошлой неделе") is such a time, and was
   read as the speaker's name.
337: (ukr36) Russian and Ukrainian: what was said, put first as the object of its verb
   («Информацию подтвердили в полиции», «Такі дані оприлюднило Міністерство фінансів»), is
   never the speaker: the speaker follows the verb, and the sentence it points back at takes
   that source as after «Об этом сообщили» (also «Это подтвердили в МВД»); ", — сказал X"
   closes direct speech with no marks before it, and a paragraph of speech opened by a dash
   is one speaker's turn («— A, — каже X. — B.»; «— A. B, — рассказали в X.»); a woman's
   given name that ends as a man's («Любовь Орлова») keeps her surname («Любовь Орлов» was
   read) and its genitive («Любови») is «Любовь».
338: (recall36, issue 12; ukr36 took 337) the writer's own statements are claims (sourcing
   none): a sentence of the body past its first unit that ends as a sentence does, names
   nobody and counts nothing, when it neither speaks to the reader (a second-person word, an
   imperative of the page's asking, "please") nor wonders ("maybe", "perhaps"); in English
   only one with a verb in the past (the parser's VBD/VBN). A unit opening "By" of more than
   12 words that ends as a sentence is no byline ("By my count, …"); "edited for length and
   clarity" is a credit.
339: (mend36a, issue 12) a Russian/Ukrainian sentence whose object put first points back
   («Эту информацию опроверг …», «Цю інформацію спростував …», «Это опровергли в …») hands
   nothing back when its verb denies (``lexicon.cyrillic.DENIALS``): the denier is never the
   source of the claim denied. A confirmation still points back.
340: (ruuk37, issue 12; review36 item 3) the writer's scene and comment are no claims
   (``extract.comment``, words in ``lexicon.scene``): a copula with adjectives only under an
   impersonal pronoun or a noun of the scene ("It was a cold, quiet evening.", «Вечер был
   тихим и холодным.», «Это, конечно, очень печально.»), light and sky doing what they do or
   the weather with an empty "it" ("The sun set early over the grey water."), life going on
   («Жизнь в городе продолжается.», «Життя в місті триває.»), a gesture under a bare pronoun
   ("He smiled and walked out."). Russian and Ukrainian only when every word is of those
   closed classes.
341: (review37, issue 12; review of ruuk37's 340) a writer's line that paints and then tells
   stays a claim: a second clause with its own subject ("The sky was clear, and the drones came
   at dawn.", "It froze overnight and the pipes burst."), a clause of what the weather brought
   about ("It rained all afternoon, flooding the main road."), a town's lights going out (a
   scene noun as written, not by its lemma: "The lights went out across the city."), a verb
   with its particle or an adverb of leaving a post ("He stood down.", "He stepped down.": no
   gesture), a gesture's adverb with a phrase of its own ("He walked away from the deal.").
342: (en37, issue 12) English reporting grammar the engine did not read: a call on others in
   words ("called for", "called on … to", "advised … to", "is demanding that", "is asking …
   for": ``grammar._calls_for``); a quotation framed by any finite verb after its closing
   mark and subject ('"…," the insider divulged': ``grammar._frames_quotation``); a body's
   kind as a label after "according to" with no article ("according to data firm X"); a view
   owned by someone ("In Lane's estimation, …", ``VIEW_NOUNS``); a name the parser joined to
   the clause before ("… but Harlan said"); "accepted/answered/recognised that …"; "As
   previously reported in <outlet>"; a message on a body's website or page; a "they" or "the
   couple" after two people named together ("Two men, A and B, … They claimed"); a newswire
   release by any "/…Wire/" slug or "today announces", its "SOURCE X" line among its last
   lines.
343: (mend37, issue 12; ruuk37's open probes, in part) Russian and Ukrainian: «у відповіді на
   запит …» / «в ответе на …» (the locative answer) is never the speaker; a habit («ежедневно»,
   «щодня», «регулярно») points back at no earlier source; a post in lower-case words and a
   full name before a colon («Глава администрации Иван Петров: «…»») lead in the quote; a
   woman's given name of the third declension by grammar («Нинель Орлова», «Нинелью»,
   «Юдифи»), not a list holding «Любовь» alone.
344: (kind38, issue 12) a kind or role noun the engine left as the speaker is the one body or
   person the article names with it (``extract.kinds``, words in ``lexicon.kinds``): a post
   written as a title or an apposition of a full name ("Sheriff Dana Oakes" for "the sheriff",
   «мэр Озёрска Павел Гордеев» for «глава города», «суддя … Ліліана Мирошник»); a kind noun
   that ends or opens a body's name ("Marrow Vale Regional Airport", «администрации
   Нижнереченска» for «в администрации города»); a body's staff as a bare plural ("deputies",
   "investigators", "firefighters") for the one sheriff's office or fire service named; a
   statement with no issuer in its words ("According to a statement released Sunday, …")
   for the one body that spoke before it. Two candidates, or none: the noun stays.
345: (ruuk38, issue 12) Russian and Ukrainian speakers that are no names, and the public
   unnamed: a participle alone before the subject («Выступая, депутат заявил») is never the
   speaker; a reader, a resident, a demonym («постійна читачка», «жительница дома»,
   «сумчанка», by its endings) with no one named before to be is an unnamed (anonymous)
   source, after "по словам" too, unless the story met that person already («остановили
   мужчину … По словам мужчины»), and never a post's holder after it; a frame's verb of manner
   («— возмущается мужчина»); a dash's turn with no frame goes on from the turn just before;
   «По его словам» after an unnamed one taken up again; a name in Latin letters is an outlet
   whole («The New York Times», not a person «York Times»); a headline's quotation («Ремонт
   сделали плохо»: …) is no body; «ссылаясь на источники в …» relays unnamed sources; «стало
   известно порталу из источников»; «Серед причин … співрозмовники»; «Позднее», a dative
   plural («Людям пообещали») open no body; a feminine past on a consonant («перенесла»).
346: (span39, issue 12) A body named by title words keeps them ("General Staff", "Defence
   Ministry", "Interior Ministry", "General Staff of Ukraine": ``grammar._titled_body``; was
   "Staff", "Ministry" and nobody); "the company"/"the firm" never a state's armed body
   (``ARMED_HEADS``) nor a country (``NATIONS``); "said in a statement that …" with the clause
   hung on the statement (``grammar._statement_that``); "Plans announced by X would …" is X's;
   "Ukraine's armed forces" a body, not a person; a two-word name the recogniser typed a body
   is a person's when its last word speaks alone ("Dessat added"); "Minister of Health Karel
   Dvorsky" is "Karel Dvorsky".
347: (desk39, issue 13 item 4) a claim's names: a Russian or Ukrainian body named with its
   country («Минобороны России», «Генштаб ЗСУ»: ``lexicon.institutions.named_bodies``) is one
   name, an organisation, where the capitals reading found its country alone («России»); it
   joins its English name's group by kind and country.
348: (uk39, issue 12) a statement of several paragraphs in one pair of guillemets («A.\n\nB.
   \n\nC», – сказав X) is one quotation (``quotes._Scanner._runs_on``): its sentences are X's,
   each still its own claim; it ended at its first paragraph, the rest nobody's.
349: (review39, issue 13 item 4) a body named with its country and its army («Генштаб
   российской армии», "General Staff of the Russian Army") is one name, the country's body:
   the mention ended after the adjective ('Генштаб российской'), the English kept no country.
350: (lex40, issue 13 item 4) a body's country of several words is read («Міністерство оборони
   Сполучених Штатів», «Уряд Великої Британії»: one organisation mention, where «Сполучених
   Штатів» was a name alone; "Government of the United Kingdom" is the "UK government"'s
   origin), and "Georgia", "Turkey" beside a body only a country has ("Georgia's parliament"
   is «Парламент Грузии»). Claims' speakers and spans do not change: only names and origins.
351: (en40, issue 12) an unnamed source taken up again: "the person said" after "people
   familiar with the matter", "these people said", "the people said" past a body or person
   that spoke by name; a closing "…, one of the people said." the parser hung on the noun
   before as a relative clause, and "…, said the people, who …" whose noun it gave to the
   clause after; a release known by its furniture ("for immediate release" opening a header
   line or a field of one, "NEWS RELEASE | X | …", a "Source: Release" foot); "according to
   the group's website" is the group; an "it" far from the company's name is still the
   company's when the text kept calling it "the company".
352: (ruuk40, issue 12) Russian and Ukrainian speakers by grammar: «Источник, близкий к «X»» is
   an anonymous source, not X; «Газеты.Ru» is no sentence end; «м. Суми», «г. Твери» end no
   speaker's phrase (the name after them speaks); one of the public with where they are from
   («— сетует жительница села X», «мужчина с третьего этажа») or «одна из жительниц» is an
   anonymous source; «не стали комментировать», «комментариев не дают», «отказались
   прокомментировать» are refusals, the refuser's; «енергокомпанії» a company's noun, «уряд» a
   kind; a headline's last word never opens a body's name.
353: (lead, issue 12, review40 item 11) one of the public from a settlement written abbreviated
   («жительница с. Сосновка», «мешканка смт Липове») is an anonymous source, not the place
   named as a person (nor carried to the next turn).
354: (en41, issue 12) English speakers from heldout42's fresh errors: "raised concerns that …",
   "raised fears the cuts will …" are the subject's words (a noun of worry raised); a quotation
   closed by "said a company statement" is the one body that spoke before; "a Tallow
   statement" with the name parsed as an adjective is Tallow's; "the university said" after
   "a second university …" is the university the text then names; "he added" after an unnamed
   spokesman's quotation that ran on over paragraphs is the spokesman's.
355: (uk41, issue 12) Russian and Ukrainian speakers by grammar: «Останній/Последняя заявила»
   is the last full name of that gender; «Такое решение он объяснил» is his; «На вопрос «Y»
   ответил X» is X's; «Там подтвердили» the body the sentence before sent someone to; a call
   with no stated source («Свідків аварії просять …») given to «Про це повідомила X».
356: (lead, issue 12, review41 item 18) a statement whose own noun names another kind of body
   than the one that spoke before ("said a company statement" after "The union said", "a
   council statement" after "Police said") is not carried to it: since 354 the company's
   words were the union's.
357: (review42, item A10) a Russian or Ukrainian sentence about a coming date («будет», «не
   раньше», «працюватиме», «планируют», «очікується») is not flagged date-inconsistent: the
   future cues (now ``lexicon.tense.FUTURE_CUES``) were English only. Flags only: no speaker,
   sourcing, span or score moves.
358: (ru42, issue 12) Russian and Ukrainian wrong outputs: «в пресс-службе подрядчика» is
   «подрядчик» (no genitive left as a name); a sentence's opening word («Сейчас, как уточнили
   в ведомстве») is no body; a demonstrative object put first («эту информацию не
   подтвердили») is never the speaker; «по словам последнего» is the latter; a Cyrillic
   office («депутатка», «мэру») clears the private-individual flag.
359: (en42, issue 12, review41 item 18 and 4) "raised concerns …" is words only when its subject
   can voice them ("The decision raised concerns among parents that …" was the body "decision");
   a "he" after a spokeswoman's quotation is not hers (nor a "she" after a spokesman's); "X, who
   leads/chairs the Y," holds a post (no private-individual flag).
360: (review42, on ru42's 358) a short role stem («мер», «мэр», «судь», «судд») is a role only
   with a case ending: «мероприятии», «меры», «мережу», «мерседесе», «судьба» made the person
   named after them hold an office (no private-individual flag, ``People.has_role``).
361: (mend42, review41 section C) a bare refusal to speak ("A spokesman declined to comment",
   "did not respond to a request for comment", «от комментариев отказались», «не відповіли на
   запит») is scored as no claim worth checking (a prior of -4 log-odds: 0.86 to about 0.03):
   the claim and its speaker stay, a refusal with anything said beside it or a figure keeps
   its score.
362: (review43) a refusal in a hard-wrapped story ("declined to" at a line's end, "comment." on
   the next) is a refusal too: the claim's line breaks are read as spaces. Scores only.
363: (en43, issue 12, review42 A8 and A23) English speakers: a name before a bare participle
   set off by commas ("DI X, investigating, said: …") speaks; a person's name, a colon and a
   quotation ("Lt. X: "…"") is that person's; "the company said" is never an outlet that
   reported on it while another body is named; "the council said" after "The Calderport
   harbour council voted" is that council, not the place; a headline's description
   ("Harbour council approves …") is no "harbour authority"; every police appeal of the lede
   is the force's, and "The Vale of X Constabulary" is a force by its last word. With en42's
   five rules of session 42 (branch en42-full): "that person said" and "two of the people
   said" are the unnamed sources cited; "X pointed out that …" is X's words; a name the
   recogniser took for a person's ending on a place's word ("… Falls") is never a he; a name
   right after a lower-case noun of a person ("fitness coach X") is a person, never "the
   club"; "according to data the X sends to …" is X's.
364: (ru43, issue 12) Russian and Ukrainian wrong outputs: a second predicate joined by "but"
   or "and" («Пресс-служба мэрии отказалась комментировать ситуацию, но сообщила») leaves the
   first verb out of its subject's name; «Собралось немало зевак, …, говорят» names no one;
   «рассказали нашему изданию в управлении образования» is the office's; «V1.RU» keeps its
   domain; «Местная жительница рассказала» is an unnamed source, not a body nor the woman
   named before; «мерії» and «областного минтранса» are put in the nominative.
365: (mend43, review42 A13) the time a claim is about: a month alone after "in" in a clause
   telling what will be ("said the work would start in March", "will reopen in June", «будут
   завершены в марте», «стоятиме у квітні») is the next such month, running from the article's
   date to it, however far ahead; it was the latest one not after the article (last March in
   December). A past word nearer before it ("had been set up in March") keeps the last one.
   Claims, speakers and scores are unchanged (the matcher's stored facts only).
366: (lead, review43) a plan told in the past ("was due to open in March", "were going to vote
   in May") keeps the last such month: "due" and "going" after a past auxiliary are no future.
367: (mend44, review43 B) a date broken over a line break is one date. In text not uniformly
   wrapped, a line ending on a day before a line opening with its month ("on 12" over
   "March, the council said"), or on a month before its day or year ("on Dec." over "3"),
   runs on: it was a claim with a figure 12 and another opening with the month. A claim's
   time span reads a line break inside it as a space (a hard-wrapped claim's "12\nMarch" was
   no date: the article's month).
368: (mend44, review43 C) titles written short: "Cllr" and a police rank in capitals ("DS",
   "DCI", "PC", lexicon.english.SHORT_RANKS) before a person's name are an office, never part
   of the name, and make the speaker checkable (no private-individual flag); "said DS Petrie"
   is the Alan Petrie the article named. A rank's letters before one word the article gives
   no person ("DC Comics", "DS Smith") stay in the name.
369: (mend44, review43 E) the time a claim is about: months listed after one preposition ("in
   April and May", "in April, May and June", «в апреле и мае», «у квітні та травні») are one
   span of them; it was the first month alone. Claims, speakers and scores are unchanged
   (the matcher's stored facts only).
370: (en44, issue 12) English speakers: a person's name right after a capitalised title and
   right before "said", "says" or "told", which the parse lost ("Head of Housing Services
   Anna Marlow said"), speaks when the run ends on words opening on a given name; never a
   body named after a person nor a saying in a clause of time.
371: (uk44, issue 12) Ukrainian and Russian speakers: the Ukrainian reporting verbs the lexicon
   lacked («казав», «розказала», «уточнює», «відзначає», the imperfective pasts «уточнював»,
   «підкреслював» …, and the Russian «подтверждает», «напоминал»; «казалось» is "seemed",
   nobody's); «Зазначається водночас, що …» goes on with the body that spoke, as «Зазначається,
   що …»; the newsroom or "me" told («У водоканалі редакції пообіцяли», «мені казали») and an
   adverb («Прокуратура вкотре нагадує», «Київрада одразу повідомила») are no part of a body's
   name.
372: (en45, issue 12; en44's rules) English speakers: "Managers at X" (executives, officials of
   a body by its proper name, never its elected leaders) are its unnamed staff, anonymous and
   tied to it; "<County> deputies" are the one sheriff's office the article names when it is
   that county's.
373: (uk45, issue 12) Russian and Ukrainian bodies named in the locative: «В мэрии это
   опровергли» is the mayor's office, never the mayor named before («мэра Заречья …»: «мэр-» is
   no stem of «мэрии», and «мэрия» is no post «мэр»); a body outside the known nouns is put in
   the nominative («больнице», «Укрзалізниці», «водоканалі», «облизбиркоме», «горсовете»,
   «Новій пошті»: больница, Укрзалізниця, водоканал, облизбирком, горсовет, Нова пошта).
374: (mend45, review44 A10) A claim's span holds both halves of a mark pair or neither
   (``text.tag_pairs``): "**Update:** this post …" and "[b]Jon Hale[/b] said …" were
   "Update:** this post …" and "Jon Hale[/b] said …" (the analysis reads marks as spaces, so the
   sentence began at its first word); the half touching the span is taken in, a half at its
   edge whose pair is further off is left out.
375: (mend45, review44 A4, A12) A company is no private individual: a speaker typed a person
   whose name is a company's (``cues.is_company_name``: "Northmere Water today announced …",
   no entity the recogniser typed) is an organisation, and ``COMPANY_HEADS`` gains "Marine",
   "Ferries", "Line" ("Kelso Marine", "Strand Line"); a role noun anywhere in the phrase set
   off by a comma just before a name ("The head of the regional transport ministry, Irina
   Lastochkina, said") and a court report's "Defending," / "Prosecuting," make the person
   checkable.
376: (mend45, review44 A11; mend44's leftover) "could not" / "could never" / "could no longer"
   is a past inability, no hedge ("people who could not check their own accounts" was
   ``hedged``); "between April and June" is a date of both months (``extract.dates``: "between"
   opens a month as "in" does), where it was the article's month, and "between April and June
   2024" June alone.
377: (uk45, issue 12) «У пресслужбі Управління СБУ розповіли» is the service's regional office
   ('Управління СБУ'), not 'Управління': initials after a body's capitalised head noun in the
   genitive complete its name, no outlet told; «пресгрупа» is a press office («у пресгрупі
   Управління СБУ»: the office, not 'пресгрупі Управління СБУ').
378: (uk46, issue 12; uk44's rule, uk45's branch uk45-relay) ««…», – повідомили пасажирам» is the
   body's that spoke before (as «Додали, що …»), never 'пасажирам': a lower-case dative plural
   after a plural reporting verb is whom it was told to; «пояснили мешканцям у компанії» is the
   company's.
379: (uk46, issue 12; uk44's rule, uk45's branch uk45-relay) ", інформують «Волинські вісті»" after
   a body's words passes them on (the outlet is the channel, the body the speaker), as ", інформує
   «X»" does: a plural present verb relays only before one name in «», never before two people (",
   повідомляють Петренко і Гнатюк"); «інформу-» is a channel verb.
380: (uk46, issue 12; uk44's rule, uk45's branch uk45-relay) «Про це стало відомо з постанови …
   суду, пише «X»» is the court's (the outlet its channel), as «следует из постановления суда» was:
   «стало відомо/известно з/из» before a document with its issuer in the genitive (KNOWN_FROM).
381: (uk46, issue 12; uk45's rule, branch uk45-full) «О сокращении … сообщили в компании X» is X's,
   not 'О': «о/об/про» and lower-case words before a plural reporting verb are what it is about,
   and the speaker follows the verb (_topic_first); «О проблеме жители рассказали …» keeps its
   subject.
382: (uk46, issue 12; uk45's rule, branch uk45-full) «У лікарні обіцяють повідомити …» is the
   hospital's: the imperfective plural "promise" (PROMISE_FORMS, no reporting verb alone) after a
   body in the locative opening the sentence and before an infinitive (_promised_in); «Подробиці
   інциденту обіцяють повідомити», «У Житомирі обіцяють …» stay as they were.
383: (uk46, issue 12; uk45's rule, branch uk45-full) «Вернуть воду обещали после окончания ремонта»
   is no longer the speaker 'Вернуть воду': a Russian infinitive opening the words before a plural
   reporting verb is what was promised or advised, and the speaker is read after the verb or, with
   none there, from the text around it.
384: (en46, issue 12) A text's words given by "read": "A post from the club read: …" was the
   speaker 'club read' (the parser made "club read" one noun), now the one club the article
   names, as "a post from the club" is.
385: (mend46c, review46 B6) "the town clerk, Leonora Bryce," and "union organiser Dara Fenwick"
   hold an office (no private-individual flag): a post noun that is an office only beside a
   public body's word right before it (lexicon QUALIFIED_ROLES, ROLE_QUALIFIERS); "a hotel
   clerk", "bake sale organiser" stay private.
"""

from __future__ import annotations

VERSION = 385
