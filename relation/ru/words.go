package ru

import (
	"slices"
	"sync"
)

// The trigger words, folded (lower case, ё → е). They are made when the
// Russian patterns are (ruPatterns, on the language's first use), not at
// every program's start: a program that reads no Russian made them for
// nothing, most of the 108 kB and 0.2 ms the package's init took.
var (
	ruSay, ruSayGerund, ruAccording, ruAbout, ruSayAbout, ruAdvise, ruDash, ruNegation, ruMeetWith,
	ruMeetTogether, ruHost, ruHostNot, ruHosted, ruMeetingNoun, ruTalksFor, ruTravelTo, ruVisit,
	ruVisitNoun, ruMemberIs, ruJoin, ruDirection, ruCapitalOf, ruSituated, ruHeadquarter, ruAppointed,
	ruInPost, ruReplaces, ruIn, ruListWords, ruWithinWords, ruPlaysFor, ruSides, ruTownKind,
	ruRegionNoun, ruPlaceKind, ruWho, ruCalledOff []string
)

// loadWords makes the trigger words, once.
var loadWords = sync.OnceFunc(func() {
	// ruSay are verbs of saying: the perfective ones in the past, the
	// imperfective ones in the past and the present (speech.go), and the
	// impersonal and adjectival forms.
	ruSay = join(pastForms("заявил", "сказал", "сообщил", "отметил", "подчеркнул", "добавил", "пояснил",
		"предупредил", "написал", "уточнил", "признал", "указал", "констатировал", "рассказал", "объявил",
		"напомнил", "подтвердил", "заверил", "пообещал", "выразил уверенность", "призвал", "заметил", "ответил",
		"объяснил", "выступил с заявлением", "выступил со следующим заявлением"),
		imperfectiveForms("заявлять", "сообщать", "говорить", "писать", "утверждать", "считать", "отмечать",
			"подчеркивать", "полагать", "рассказывать", "добавлять", "пояснять", "признавать", "вспоминать",
			"объяснять", "настаивать", "предупреждать", "напоминать", "подтверждать", "уточнять", "заверять",
			"констатировать", "объявлять", "обещать"),
		[]string{"уверен", "уверена", "говорится", "отмечается", "сообщается", "подчеркивается", "передает",
			"передают", "цитирует"})
	// ruSayGerund are the gerunds of saying: "..., заявив, что ...".
	ruSayGerund = []string{"заявив", "сказав", "отметив", "добавив", "подчеркнув", "сообщив", "пояснив", "указав",
		"напомнив", "признав", "заверив"}
	// ruAccording introduce a speaker before the words said: "по словам
	// Пескова, ...".
	ruAccording = []string{"по словам", "по мнению", "по данным", "по информации", "как заявил", "как заявила",
		"как сообщил", "как сообщила", "как сообщили", "как отметил", "как отметила", "как рассказал",
		"как рассказала", "как пояснил", "как пояснила", "как добавил", "как добавила", "по заявлению",
		"по сообщению", "по наблюдениям", "по оценке", "по оценкам", "по прогнозу", "по прогнозам"}
	// ruAbout open what a speech is about: "заявил о намерении", "сообщил об аварии".
	ruAbout = []string{"о", "об", "обо"}
	// ruSayAbout are the verbs of saying whose "о ..." is what was said: not those
	// that as often name a topic only ("Путин говорил о войне два часа", "Толстой
	// писал о войне", "игра напоминает о Марадоне").
	ruSayAbout = without(ruSay, imperfectiveForms("говорить", "писать", "рассказывать", "вспоминать", "напоминать"))
	// ruAdvise are verbs of advice, whose content is reported speech: "рекомендовал
	// населению не приближаться к вулкану".
	ruAdvise = pastForms("рекомендовал", "порекомендовал", "посоветовал")
	ruDash = []string{"—", "–", "-", "--"}
	// ruNegation between a subject and its verb denies the relation:
	// "Грузия не является членом НАТО", "Орбан не поехал".
	ruNegation = join([]string{"не", "нет", "ни"}, pastForms("отказался"))

	// ruMeetWith are the predicates of "X ... с Y": встретился с, провел
	// переговоры с, провел телефонный разговор с.
	ruMeetWith = join(pastForms("встретился", "переговорил", "побеседовал", "созвонился", "встречался", "обсудил",
		"поговорил"),
		[]string{"встретится", "встретятся", "встречается", "встречаются", "встретиться"},
		prefixed(join(pastForms("провел"), []string{"проведет", "проведут", "проводит", "проводят"}),
			"переговоры", "встречу", "беседу", "телефонный разговор", "телефонные переговоры",
			"двусторонние переговоры", "двустороннюю встречу", "рабочую встречу"))
	// ruMeetTogether are the predicates of "X и Y ...".
	ruMeetTogether = join([]string{"встретились", "встретятся", "переговорили", "побеседовали",
		"созвонились", "встречались"},
		prefixed([]string{"провели", "проведут", "проводят"}, "переговоры", "встречу", "беседу",
			"телефонный разговор", "телефонные переговоры", "двусторонние переговоры", "двустороннюю встречу"))
	// ruHost are the predicates of hosting: "Эрдоган принял Аббаса".
	ruHost = join(pastForms("принял", "принимал"), []string{"примет", "принимает"})
	// ruHostNot are what "принял" takes when it is not a guest: принял
	// участие, решение, отставку.
	ruHostNot = []string{"участие", "решение", "решения", "отставку", "закон", "законы", "меры", "присягу",
		"предложение", "заявление", "резолюцию", "поздравления", "к", "во", "на", "за", "от", "все",
		"новый", "новую", "бюджет", "указ", "постановление", "программу", "план"}
	// ruHosted is the passive: "Милей был принят папой римским".
	ruHosted = []string{"был принят", "была принята", "были приняты", "будет принят", "будет принята", "принят", "принята"}
	// ruMeetingNoun names a meeting before its parties: "встреча Трампа и Путина". A
	// stem with "+" is the noun in every case the morphology reads (встрече, переговорах).
	ruMeetingNoun = []string{"встреча+", "переговор+", "беседа+", "телефонный разговор", "телефонного разговора",
		"разговор+", "саммит+"}
	// ruTalksFor joins a traveller to the one met: "прилетел в Маскат для
	// переговоров со спецпосланником".
	ruTalksFor = prefixed([]string{"для переговоров", "на переговоры", "для встречи", "на встречу"}, "с", "со")

	// ruTravelTo are verbs of travel followed by в/во/на and the place.
	ruTravelTo = join(pastForms("прибыл", "прилетел", "приехал", "поехал", "отправился", "вылетел",
		"побывал", "съездил", "слетал", "направился", "вернулся"),
		[]string{"прибудет", "прибудут", "прилетит", "прилетят", "приедет", "приедут", "поедет", "поедут",
			"отправится", "отправятся", "едет", "летит", "прибывает", "прилетает", "приезжает"},
		prefixed(join(pastForms("совершил"), []string{"совершит", "совершает"}), "визит", "поездку",
			"официальный визит", "государственный визит", "рабочий визит"),
		prefixed(join(pastForms("находился", "пребывал"), []string{"находится", "находятся", "пребывает"}),
			"с визитом", "с официальным визитом", "с государственным визитом", "с рабочим визитом"))
	// ruVisit are transitive verbs of visiting: "посетил Киев".
	ruVisit = join(pastForms("посетил", "посещал"), []string{"посетит", "посетят", "посещает", "посещают"})
	// ruVisitNoun names a visit before its visitor: "визит Путина в Индию".
	ruVisitNoun = []string{"визит+", "поездка+"}

	// ruMemberIs says that the subject is a member: "является членом НАТО".
	ruMemberIs = []string{"явля* член*", "стал* член*", "станет член*", "станут член*", "был* член*", "член*",
		"страна-член*", "страны-члены", "государство-член*", "государства-члены"}
	// ruJoin are verbs of joining or belonging followed by в/во/к and the
	// organization: "вступила в НАТО", "входящие в Евросоюз".
	ruJoin = join(pastForms("вступил", "присоединился", "входил"),
		[]string{"вступит", "вступят", "вступает", "вступают", "присоединится", "присоединятся", "входит",
			"входят", "входящ*"})

	// ruDirection are the parts of a place: "на юге Турции", "в центре Москвы".
	ruDirection = []string{"юге", "севере", "востоке", "западе", "северо-востоке", "северо-западе", "юго-востоке",
		"юго-западе", "центре", "южной части", "северной части", "восточной части", "западной части"}
	// ruCapitalOf stands between a place and the place it is in: "Астане,
	// столице Казахстана".
	ruCapitalOf = []string{"столиц*", "административн* центр*", "крупнейш* город*", "город*", "поселк*", "деревн*", "селе"}
	// ruSituated says where a place or an organization is: "Остраве,
	// расположенной в ...", "штаб-квартира которой находится в Женеве".
	ruSituated = []string{"расположенн*", "находящ*", "находится", "находятся", "расположен*"}
	ruHeadquarter = []string{"штаб-квартир*", "базирующ*", "со штаб-квартирой", "с штаб-квартирой"}
	// ruAppointed makes the next title the person's: "избрал Мерца
	// канцлером", "был назначен министром".
	ruAppointed = []string{"избрал*", "избран*", "переизбран*", "назначил*", "назначен*", "утвердил*",
		"утвержден*", "стал", "стала", "станет", "избирает", "назначает", "переизбрал*"}
	// ruInPost put the title after them in the genitive, the role one holds or takes: "в
	// качестве советника", "на посту главного тренера", "занял пост министра" (the Russian
	// of English "as"). Not "на пост", "с поста": a post sought or left.
	ruInPost = join([]string{"в качестве", "в роли", "на посту", "на должности"},
		prefixed(join(pastForms("занял", "занимал"), []string{"занимает", "занимают", "занимающий", "занимавший"}),
			"пост", "должность"))
	// ruReplaces are the verbs of taking another's post: "Холт сменил Миллера на посту
	// тренера" gives Холт the post Миллер held.
	ruReplaces = join(pastForms("сменил", "заменил"), []string{"сменит", "заменит", "сменят", "заменят"})
	ruIn = []string{"в", "во"}
	// ruListWords after "X, Y" make it a list rather than an address.
	ruListWords = []string{",", "и", "или"}
	// ruWithinWords put a place in the one after them: "Орегон в США", "Каталонии из
	// состава Испании" (its secession from Spain), "Крым в составе Украины".
	ruWithinWords = []string{"в", "во", "в составе", "из состава"}
	// ruPlaysFor join a player to his team.
	// Participles only, after the player they describe: "Сын Петрова играет за «Спартак»"
	// has a finite verb whose subject is not the name before it, and "выступает за" is
	// also "advocates".
	ruPlaysFor = prefixed([]string{"игравший", "игравшего", "игравшему", "игравшим", "игравшая", "игравшей",
		"играющий", "играющего", "играющая", "играющей"}, "за", "в команде", "в составе")
	// ruSides are the parties a title is "от" that are no name: сенатор от демократов.
	ruSides = []string{"демократов", "республиканцев", "консерваторов", "лейбористов", "либералов", "коммунистов",
		"оппозиции", "партии"}
	// ruTownKind name a town's kind before its name: городе Биркенхед графства Мерсисайд.
	ruTownKind = []string{"город*", "округ*", "поселк*", "поселок", "деревн*", "сел*", "район*"}
	// ruRegionNoun are the nouns of a region that a place is named as lying in: "городе
	// Биркенхед графства Мерсисайд", "(штат Миссури)".
	ruRegionNoun = []string{"графства", "провинции", "области", "штата", "округа", "района", "края", "республики",
		"префектуры", "региона", "департамента", "штат", "провинция", "область", "графство", "округ", "край"}
	// ruPlaceKind are the nouns that name a place's kind before its name: пляж, стадион, улица.
	// Venues only: a town so named may be one's origin ("уроженец города Грозный в Сирии").
	ruPlaceKind = []string{"пляж*", "стадион*", "улиц*", "отел*", "площад*", "квартал*", "тюрьм*", "больниц*", "арен*",
		"парк*", "собор*", "церкв*", "музе*"}
	// ruWho opens a relative clause about the name before it.
	ruWho = []string{"который", "которая", "которые"}
	// ruCalledOff after a meeting or a visit named by a noun denies it:
	// "встреча ... не состоится", "визит ... отменен".
	ruCalledOff = join(ruNegation, []string{"отменен", "отменена", "отменены", "отложен", "отложена",
		"отложены", "перенесен", "перенесена", "сорван", "сорвана"})
})

// without returns the words of list that are not in drop, in a new slice.
func without(list, drop []string) []string {
	return slices.DeleteFunc(slices.Clone(list), func(w string) bool { return slices.Contains(drop, w) })
}
