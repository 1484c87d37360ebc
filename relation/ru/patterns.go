package ru

import (
	"slices"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/relation"
)

// Shorthands for the element constructors, so that a Pattern reads as a
// line.
var (
	ent, entList, words, notWords = relation.Ent, relation.EntList, relation.Words, relation.NotWords
	gap, gapWithout, opt, title   = relation.Gap, relation.GapWithout, relation.Opt, relation.Title
	subj, obj, none               = relation.ArgSubj, relation.ArgObj, relation.ArgNone
	openQuote, closeQuote         = opt(words("«", "\"", "„", "“")), opt(words("»", "\"", "“", "”"))
)

func pattern(t annotation.RelationType, elems ...relation.Elem) relation.Pattern {
	return relation.Pattern{Rel: t, Elems: elems}
}

// noNegation is a gap between a subject and its verb: no negation stands
// in it ("не поехал"), and no comma, since an insertion is an Aside.
func noNegation(n int, stop string) relation.Elem {
	return gapWithout(n, stop, append(ruNegation, ",")...)
}

// noComma is a gap between a speaker and the verb of saying.
func noComma(n int, stop string) relation.Elem { return gapWithout(n, stop, ",") }

var aside = relation.Aside(12)

// notAfterAnd keeps a gap between a subject and its verb from ending in "и": the verb is then
// a second predicate, whose subject is the first one's (coordinated.go).
var notAfterAnd = relation.NotAfter("и")

// participle is a participle's phrase after a subject's aside, up to the
// comma before the verb: "Ли, учитель, пришедший на митинг с женой, сказал".
var participle = gapWithout(12, "PER", ",", ".")

// known is a Pattern that holds only where the gazetteer's knowledge of
// the places confirms it (relation.Pattern.Known).
func known(k relation.Knowledge, elems ...relation.Elem) relation.Pattern {
	return relation.Pattern{Rel: annotation.LocatedIn, Elems: elems, Known: k}
}

func ruPatterns() *relation.Patterns {
	loadWords()
	role, member, located := annotation.Role, annotation.MemberOf, annotation.LocatedIn
	meets, visits, says := annotation.Meets, annotation.Visits, annotation.Says
	noMember := relation.TitleNoMember
	// The word elements of many Patterns are made once: Words splits its
	// phrases anew at each call (the verbs of saying are 257 forms).
	say, travelTo, meetWith := words(ruSay...), words(ruTravelTo...), words(ruMeetWith...)
	return &relation.Patterns{
		Patterns: slices.Concat([]relation.Pattern{
			// ROLE. "президент России Владимир Путин", "главный тренер «Реала» Хаби Алонсо",
			// "министром иностранных дел Индии Субраманьямом Джайшанкаром".
			pattern(role, title(noMember), openQuote, ent(obj, "LOC|ORG", ""), closeQuote, opt(relation.Paren()), ent(subj, "PER", "")),
			// "депутат Госдумы от «Единой России» Игорь Самойлов" (and MEMBER_OF below),
			// "посол России в США Анатолий Антонов", "постпред России при ООН".
			pattern(role, title(noMember), openQuote, ent(obj, "LOC|ORG", ""), closeQuote, words("от", "в", "во", "при"),
				openQuote, ent(none, "LOC|ORG", ""), closeQuote, ent(subj, "PER", "")),
			// "эксперт из Университета Мичигана Тиффани Нг" (a body: "из" a place is one's origin,
			// "бизнесмен из России"), "сенатор от Аризоны Джефф Флейк".
			pattern(role, title(noMember), words("из"), openQuote, ent(obj, "ORG", ""), closeQuote, ent(subj, "PER", "")),
			pattern(role, title(noMember), words("от"), openQuote, ent(obj, "LOC|ORG", ""), closeQuote, ent(subj, "PER", "")),
			// "сенатора от демократов Криса Кунса": a party that is no name.
			pattern(role, title(noMember), words("от"), words(ruSides...), ent(subj, "PER", "")),
			// "Сергей Лавров, министр иностранных дел России,".
			pattern(role, ent(subj, "PER", ""), words(",", "—"), title(noMember), openQuote, ent(obj, "LOC|ORG", ""),
				closeQuote, relation.NotEnt("PER")),
			// "Анна Ли, 35-летняя журналистка, ..." and "... сыграл молодой музыкант, Иван Ли,":
			// an apposition without an object, closed by a comma (one with an object is above).
			pattern(role, ent(subj, "PER", ""), words(","), opt(gapWithout(3, "PER|LOC|ORG", ",")), title(noMember), words(",")),
			pattern(role, title(noMember), words(","), ent(subj, "PER", ""), words(",", ".")),
			// "избрал Фридриха Мерца канцлером ФРГ", "Мерц был избран канцлером".
			pattern(role, words(ruAppointed...), gap(2, "PER"), ent(subj, "PER", ""), title(noMember),
				opt(ent(obj, "LOC|ORG", ""))),
			pattern(role, ent(subj, "PER", ""), gap(2, "PER|LOC|ORG"), words(ruAppointed...), gap(2, "PER|LOC|ORG"),
				title(noMember), opt(ent(obj, "LOC|ORG", ""))),
			// "Холт сменил Кенни Миллера на посту главного тренера", "Ли работала в качестве
			// советника министра", "Иванов занимает пост министра финансов России": the person
			// nearest before the words of a post (ruInPost), the title after them in the genitive.
			// Not denied ("не занимал пост"); not the subject of a verb of leaving ("ушёл с поста"
			// is not among them).
			pattern(role, ent(subj, "PER", ""), aside, noNegation(4, "PER"), notAfterAnd, words(ruInPost...), title(noMember),
				openQuote, ent(obj, "LOC|ORG", ""), closeQuote),
			pattern(role, ent(subj, "PER", ""), aside, noNegation(4, "PER"), notAfterAnd, words(ruInPost...), title(noMember),
				relation.NotEnt("LOC|ORG"), notWords("«", "\"", "„", "“")),
			// "Холт сменил Кенни Миллера на посту главного тренера": the one who takes the post.
			pattern(role, ent(subj, "PER", ""), aside, noNegation(4, "PER"), notAfterAnd, words(ruReplaces...), ent(none, "PER", ""),
				words(ruInPost...), title(noMember), openQuote, opt(ent(obj, "LOC|ORG", "")), closeQuote),

			// MEMBER_OF. "член НАТО Польша", "члены ЕС Франция и Германия".
			pattern(member, title(relation.TitleMember), openQuote, ent(obj, "ORG", ""), closeQuote,
				entList(subj, "LOC|ORG|PER", "")),
			// "Бразилия, являющаяся членом БРИКС"; not "Грузия не является членом НАТО".
			pattern(member, entList(subj, "LOC|ORG|PER", ""), opt(words(",", "—")), noNegation(4, "LOC|ORG|PER"),
				words(ruMemberIs...), openQuote, ent(obj, "ORG", "")),
			// "Швеция вступила в НАТО", "Финляндия и Эстония, входящие в Евросоюз".
			pattern(member, entList(subj, "LOC|ORG|PER", ""), opt(words(",")), noNegation(4, "LOC|ORG|PER"),
				words(ruJoin...), words("в", "во", "к"), openQuote, ent(obj, "ORG", "")),
			// "баскетболиста, игравшего за Университет штата Луизиана", "играл в команде X".
			pattern(member, ent(subj, "PER", ""), gapWithout(6, "PER|ORG|LOC", "."), words(ruPlaysFor...), openQuote, ent(obj, "ORG", "")),
			// "депутат Бундестага от ХДС Родерих Кизеветтер".
			pattern(member, title(relation.TitleAny), gap(3, "PER"), words("от"), openQuote, ent(obj, "ORG", ""), closeQuote,
				ent(subj, "PER", "")),

			// LOCATED_IN. "Валенсии (Испания)", "Канзас-Сити (штат Миссури)".
			pattern(located, ent(subj, "LOC", ""), words("("), opt(words(ruRegionNoun...)), ent(obj, "LOC", ""), words(")")),
			// "городе Биркенхед графства Мерсисайд", "Синин китайской провинции Цинхай".
			pattern(located, words(ruTownKind...), ent(subj, "LOC", ""), opt(gapWithout(1, "PER|LOC|ORG", ",")), words(ruRegionNoun...),
				ent(obj, "LOC", "")),
			// "пляжа Бикон Бич в Энсинитасе", "стадионе «Сан-Паоло» в Неаполе": a place its kind
			// names, then the town it lies in.
			pattern(located, words(ruPlaceKind...), openQuote, ent(subj, "LOC", ""), closeQuote, words(ruIn...), ent(obj, "LOC", "")),
			// "Астане, столице Казахстана", "Вильнюсом, столицей Литвы".
			pattern(located, ent(subj, "LOC", ""), words(","), words(ruCapitalOf...), ent(obj, "LOC", "")),
			// "Остраве, расположенной в Моравскосилезском крае".
			pattern(located, ent(subj, "LOC", ""), opt(words(",")), words(ruSituated...), words("в", "во", "на"),
				opt(words(ruDirection...)), ent(obj, "LOC", "")),
			// "провинции Хатай на юге Турции", "Кремль в центре Москвы".
			pattern(located, ent(subj, "LOC", ""), words("на", "в", "во"), words(ruDirection...), ent(obj, "LOC", "")),
			// "в городе Шебекино Белгородской области", "крае Чехии": a place
			// followed by another in the genitive.
			pattern(located, ent(subj, "LOC", ""), ent(obj, "LOC", "")),
			// "в Париже, Франция," (not a list: "Париже, Франции и Италии").
			pattern(located, words(ruIn...), ent(subj, "LOC", ""), words(","), ent(obj, "LOC", ""), notWords(",", "и", "или")),
			// Two places written together, where the gazetteer says which holds the other
			// (relation.Known): "Гуйчжоу, Китай", "штата Орегон в США", "Каталонии из состава
			// Испании"; an address whose town it does not know, with a country: "Пунта-Эухения,
			// Мексика". In a list only a town ("Канзас-Сити, Миссури, и Омаха, Небраска").
			known(relation.KnownWithinOrCountry, ent(subj, "LOC", ""), words(","), ent(obj, "LOC", ""), notWords(ruListWords...)),
			known(relation.KnownWithinOrCountry, ent(subj, "LOC", ""), words(","), ent(obj, "LOC", ""), words(","), relation.NotEnt("LOC"),
				notWords(ruListWords...)),
			known(relation.KnownTownWithin, ent(subj, "LOC", ""), words(","), ent(obj, "LOC", "")),
			known(relation.KnownWithin, ent(subj, "LOC", ""), words(ruWithinWords...), ent(obj, "LOC", "")),
			// "ВОЗ, штаб-квартира которой находится в Женеве", "базирующаяся в Лондоне".
			pattern(located, ent(subj, "ORG", ""), opt(words(",")), words(ruHeadquarter...), gap(3, "PER|LOC|ORG"),
				words(ruIn...), ent(obj, "LOC", "")),

			// MEETS. "Путин встретился в Москве с председателем КНР Си Цзиньпином",
			// "Рубио провел телефонный разговор с ...".
			pattern(meets, ent(subj, "PER", ""), aside, noNegation(8, "PER"), notAfterAnd, meetWith, gap(4, "PER"),
				words("с", "со"), gap(6, "PER"), entList(obj, "PER", "")),
			// "Пашинян прилетел в Москву, где встретился с Путиным".
			pattern(meets, ent(subj, "PER", ""), aside, noNegation(10, "PER"), notAfterAnd, travelTo, gap(3, "PER|LOC"),
				words("в", "во", "на"), ent(none, "LOC", ""), words(","), words("где"), noNegation(3, "PER"), meetWith,
				gap(4, "PER"), words("с", "со"), gap(6, "PER"), entList(obj, "PER", "")),
			// "Моди и Путин провели переговоры", "Макрон и Мелони встретились".
			pattern(meets, ent(subj, "PER", ""), words("и"), gap(6, "PER"), ent(obj, "PER", ""), noNegation(6, "PER"),
				words(ruMeetTogether...)),
			// "Эрдоган принял в Анкаре президента Палестины Махмуда Аббаса".
			pattern(meets, ent(subj, "PER", ""), noNegation(4, "PER"), notAfterAnd, words(ruHost...), notWords(ruHostNot...),
				gap(6, "PER"), ent(obj, "PER", "")),
			// "Милей был принят папой римским Львом XIV".
			pattern(meets, ent(subj, "PER", ""), noNegation(3, "PER"), words(ruHosted...), gap(6, "PER"), ent(obj, "PER", "")),
			// "Встреча Трампа и Путина", "переговоры Путина с Трампом".
			// Not "Встреча Путина и Зеленского не состоится".
			pattern(meets, words(ruMeetingNoun...), ent(subj, "PER", ""), words("и", "с", "со"), gap(4, "PER"), ent(obj, "PER", ""),
				notWords(ruCalledOff...)),
			// "Пашинян, который встретился с Путиным, ...".
			pattern(meets, ent(subj, "PER", ""), words(","), words(ruWho...), noNegation(4, "PER"), meetWith,
				gap(4, "PER"), words("с", "со"), gap(6, "PER"), ent(obj, "PER", "")),
			// "Аракчи прилетел в Маскат для переговоров со спецпосланником США Стивом Уиткоффом".
			// The purpose of a journey may come after commas.
			pattern(meets, ent(subj, "PER", ""), gapWithout(15, "PER", ruNegation...), words(ruTalksFor...), gap(6, "PER"),
				ent(obj, "PER", "")),

			// VISITS. "Лавров прибыл в Анкару"; not "Орбан не поехал в Брюссель".
			pattern(visits, entList(subj, "PER", ""), aside, noNegation(10, "PER"), notAfterAnd, travelTo, gap(3, "PER|LOC"),
				words("в", "во", "на"), entList(obj, "LOC", "")),
			// "Стармер посетил Киев", "Ван И посетит Исламабад и Кабул".
			pattern(visits, entList(subj, "PER", ""), aside, noNegation(10, "PER"), notAfterAnd, words(ruVisit...), gap(3, "PER|LOC"),
				entList(obj, "LOC", "")),
			// "Харьков в пятницу посетил министр обороны ФРГ Борис Писториус",
			// "в Анкару прибыл Лавров".
			pattern(visits, ent(obj, "LOC", ""), gap(4, "PER|LOC"), words(ruVisit...), gap(6, "PER"), ent(subj, "PER", "")),
			pattern(visits, words(ruIn...), ent(obj, "LOC", ""), gap(4, "PER|LOC"), travelTo, gap(6, "PER"),
				ent(subj, "PER", "")),
			// "визит Путина в Индию", "визита президента Эрдогана в Германию".
			// Not "визит Трампа в Москву не планируется".
			pattern(visits, words(ruVisitNoun...), opt(gapWithout(2, "PER|LOC|ORG", ",")), ent(subj, "PER", ""), words("в", "во", "на"), ent(obj, "LOC", ""),
				notWords(ruCalledOff...)),
			// "Пашинян, который прилетел в Москву, ...".
			pattern(visits, ent(subj, "PER", ""), words(","), words(ruWho...), noNegation(6, "PER"), travelTo,
				gap(3, "PER|LOC"), words("в", "во", "на"), entList(obj, "LOC", "")),

			// SAYS, quoted. "«...», — заявила ... Кая Каллас" (a person first: the
			// genitive Евросоюза before her is no speaker), "«...», — сообщили в Кремле".
			pattern(says, relation.Quote(), opt(words(",")), words(ruDash...), say, gap(8, "PER"), ent(subj, "PER", "")),
			pattern(says, relation.Quote(), opt(words(",")), words(ruDash...), say, gap(3, "PER|ORG"),
				ent(subj, "ORG", "")),
			// "«Дверь ... открытой, — сказал Марк Рютте. — Но Москва ...»": both parts.
			// Not from a closing mark (“) read as an opening one: «… „Здесь акула!“», — рассказывает X.
			pattern(says, words("«", "\"", "„", "“"), notWords("»", "“", "”", "\""), relation.Said(60), words(","), words(ruDash...),
				say, ent(subj, "PER|ORG", "")),
			pattern(says, say, ent(subj, "PER|ORG", ""), words(".", ","), relation.QuoteRest()),
			// "Говорит инспектор О'Хейген: «...»": the verb first.
			pattern(says, relation.SentenceStart(), say, gap(4, "PER"), ent(subj, "PER|ORG", ""), opt(aside), words(":"),
				relation.Quote()),
			pattern(says, relation.SentenceStart(), say, gap(4, "PER"), ent(subj, "PER|ORG", ""), opt(aside), words(":"),
				openQuote, relation.Rest()),
			// "Говорит Иван Ли, директор школы: «...»": an apposition the colon closes.
			pattern(says, relation.SentenceStart(), say, gap(4, "PER"), ent(subj, "PER|ORG", ""), words(","),
				gapWithout(8, "PER", ",", ":"), words(":"), relation.Quote()),
			// "Путин заявил: «...»".
			// Words between the verb and the quote end in a colon or a comma:
			// in "заявил, что альянс «сильнее, чем когда-либо»" the quote is part
			// of the words said (the reported patterns below).
			pattern(says, ent(subj, "PER|ORG", ""), aside, noComma(8, "PER"), notAfterAnd, say, opt(words(":", ",")),
				relation.Quote()),
			pattern(says, ent(subj, "PER|ORG", ""), aside, noComma(8, "PER"), notAfterAnd, say, gap(4, "PER"), words(":"),
				relation.Quote()),
			// "По словам пресс-секретаря Кремля Дмитрия Пескова, ...", "Как заявила Форд на
			// слушаниях, она ...".
			pattern(says, words(ruAccording...), gap(6, "PER"), ent(subj, "PER", ""), words(","), relation.Rest()),
			pattern(says, words(ruAccording...), gapWithout(6, "PER", ","), ent(subj, "PER", ""), noComma(8, "PER"), words(","), relation.Rest()),
			pattern(says, words(ruAccording...), gap(3, "PER|ORG"), ent(subj, "ORG", ""), words(","), relation.Rest()),
			// Reported. "Гутерриш заявил, что ...", "ВОЗ, штаб-квартира которой ...,
			// сообщила, что ...", "Санчес заявил в понедельник, что ...".
			pattern(says, ent(subj, "PER|ORG", ""), aside, noComma(8, "PER"), notAfterAnd, say, gap(4, "PER"), words(","),
				words("что"), relation.Rest()),
			// An aside and a participle's phrase: "Иван Ли, 40-летний учитель, пришедший на митинг
			// с женой, сказал, что".
			pattern(says, ent(subj, "PER|ORG", ""), aside, participle, words(","), say, gap(4, "PER"), words(","),
				words("что"), relation.Rest()),
			// "Жункерас заявил о своем намерении баллотироваться", "сообщил журналистам о ...": the
			// words said as what the speech is about, with their preposition; after an aside and a
			// participle's phrase too. Not denied ("ещё не объявил о"), and only an addressee or a
			// time between the verb and "о": not "не подтвердили предположение о".
			pattern(says, ent(subj, "PER|ORG", ""), aside, noNegation(8, "PER"), notAfterAnd, words(ruSayAbout...), gapWithout(2, "PER|ORG", ",", "."),
				relation.AheadWords(ruAbout...), relation.Rest()),
			pattern(says, ent(subj, "PER|ORG", ""), aside, participle, words(","), words(ruSayAbout...), gapWithout(2, "PER|ORG", ",", "."),
				relation.AheadWords(ruAbout...), relation.Rest()),
			// "Служба рекомендовала жителям не выходить из домов": advice with its content.
			// Not a person recommended: "рекомендовала Ивана Петрова на должность".
			pattern(says, ent(subj, "PER|ORG", ""), aside, noComma(8, "PER"), notAfterAnd, words(ruAdvise...), gapWithout(2, "PER|LOC|ORG", ","),
				relation.NotEnt("PER|LOC|ORG"), relation.Rest()),
			pattern(says, ent(subj, "PER|ORG", ""), aside, noComma(8, "PER"), notAfterAnd, say, words(":"), relation.Rest()),
			// "Джонсон раскритиковал план, заявив, что ...": the words said after a gerund of saying
			// that ends the speaker's clause, whose subject opens the sentence (after a time, say):
			// in "Путин встретился с Си, заявив, ..." Си, with no case on a name, is no speaker.
			pattern(says, relation.SentenceStart(), gapWithout(4, "PER|ORG|LOC", ","), ent(subj, "PER|ORG", ""), aside,
				noComma(12, "PER"), words(","), words(ruSayGerund...), opt(words(",")), opt(words("что")), relation.Rest()),
			// The words first: "Украина готова ..., заявил Владимир Зеленский в
			// вечернем видеообращении", "..., сообщил журналистам Песков",
			// "..., сообщили в Кремле".
			pattern(says, relation.SentenceStart(), relation.Said(60), words(","), opt(words(ruDash...)), say,
				gap(4, "PER"), ent(subj, "PER", ""), gapWithout(6, "PER|ORG", ",", "что", "и", ":"), relation.SentenceEnd()),
			pattern(says, relation.SentenceStart(), relation.Said(60), words(","), opt(words(ruDash...)), say,
				gap(3, "PER|ORG"), ent(subj, "ORG", ""), gapWithout(6, "PER|ORG", ",", "что", "и", ":"), relation.SentenceEnd()),
			// "..., сообщил Иван Ли, представитель службы, на брифинге.": the speaker's apposition.
			pattern(says, relation.SentenceStart(), relation.Said(60), words(","), opt(words(ruDash...)), say,
				gap(4, "PER"), ent(subj, "PER", ""), words(","), gapWithout(10, "PER", ",", "что", ":"), relation.SentenceEnd()),
		},
			// SAYS, VISITS and MEETS as the second of two coordinated predicates.
			coordinated(),
			[]relation.Pattern{
				// ROLE without an object in the text: "папой римским Львом XIV".
				pattern(role, title(relation.TitleAny), ent(subj, "PER", "")),
			}),
		TitleHeads:     titleHeads(),
		HeadForm:       headForm,
		HeadFirst:      titleWords{},
		StemPrefix:     stemPrefix,
		ListSeparators: setOf(",", "и"),
		QuoteTrim:      setOf(",", "."),
		ClauseJoiners:  setOf("однако", "а", "но", "и"),
	}
}
