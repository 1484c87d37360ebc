package ru

import "github.com/varlik/varlik/lang"

// cueStems lists folded Russian cue stems by class (lang.NameCues): a word
// that starts with a stem has its class (министерств* covers министерство,
// министерства, министерству). The longest stem wins.
var cueStems = map[lang.Cue][]string{
	lang.OrgHead: {"министерств", "ведомств", "партия", "партии", "партию", "партией", "компани", "корпораци",
		"банк", "фонд", "университет", "институт", "академи", "агентств", "служб", "комитет", "комисси",
		"совет", "союз", "организаци", "ассоциаци", "федераци", "администраци", "правительств", "парламент",
		"дума", "думы", "думе", "суд", "прокуратур", "полици", "арми", "клуб", "газет", "телеканал",
		"издательств", "холдинг", "концерн", "завод", "ооо", "оао", "зао", "пао", "ао",
		"управлени", "департамент", "бюро", "инспекци", "палат", "ассамбле", "сенат", "конгресс", "посольств",
		"консульств", "движени", "группировк", "коалици", "альянс", "трибунал", "штаб", "журнал", "радио",
		"телекомпани", "информагентств", "редакци", "предприяти", "комбинат", "фабрик", "профсоюз", "церкв",
		"церков", "театр", "библиотек", "гимнази", "колледж", "школ", "больниц", "госпитал", "обком", "горком",
		"райком", "исполком", "госдум", "госкорпораци", "госдеп", "генштаб", "генпрокуратур", "минобр",
		"минфин", "минздрав", "минюст", "минэнерг", "минтранс", "минтруд", "минкульт", "минпром", "минсельхоз"},
	lang.LocHead: {"город", "села", "село", "деревн", "област", "район", "регион", "провинци", "штат",
		"республик", "кра", "остров", "рек", "озер", "гор", "улиц", "площад", "проспект", "аэропорт",
		"столиц", "стран", "полуостров", "залив", "пролив", "океан", "пустын", "долин", "поселк", "поселок",
		"станиц", "округ", "губерни", "континент"},
	lang.PersonRole: {"президент", "премьер", "министр", "губернатор", "мэр", "глав", "председател",
		"директор", "руководител", "лидер", "секретар", "посол", "депутат", "сенатор", "генерал",
		"командующ", "представител", "спикер", "канцлер", "король", "королев", "принц", "тренер",
		"капитан", "судья", "прокурор", "журналист", "писател", "актер", "актрис", "певиц", "певец"},
	lang.PersonTitle: {"господин", "госпож", "г-н", "г-жа", "мистер", "миссис", "доктор", "профессор",
		"сэр", "леди", "лорд"},
}

type cueStem struct {
	stem  string
	class lang.Cue
}

// cueIndex holds the stems by their first two runes (cueKey), longest
// first. Keyed by the first letter alone, a bucket held up to 32 stems,
// each compared with every word the tagger and the rules ask Cue of
// (280 instructions a call); every stem has three runes or more.
var cueIndex = func() map[uint64][]cueStem {
	idx := map[uint64][]cueStem{}
	for class, stems := range cueStems {
		for _, s := range stems {
			k, ok := cueKey(s)
			if !ok {
				panic("lang/ru: a cue stem of one rune: " + s)
			}
			idx[k] = append(idx[k], cueStem{s, class})
		}
	}
	for k, b := range idx {
		for i := 1; i < len(b); i++ { // insertion sort: longest first, then alphabetical
			for j := i; j > 0 && (len(b[j].stem) > len(b[j-1].stem) || len(b[j].stem) == len(b[j-1].stem) && b[j].stem < b[j-1].stem); j-- {
				b[j], b[j-1] = b[j-1], b[j]
			}
		}
		idx[k] = b
	}
	return idx
}()

// cueKey returns the key of s's first two runes in cueIndex, or false
// when s has fewer.
func cueKey(s string) (uint64, bool) {
	// Two Cyrillic letters, most words asked, are decoded in line, where
	// lang.DecodeRune is a call for each.
	if r1, ok := cyrillicAt(s, 0); ok {
		if r2, ok := cyrillicAt(s, 2); ok {
			return uint64(r1)<<32 | uint64(r2), true
		}
	}
	first, n := lang.DecodeRune(s)
	if n == 0 || n == len(s) {
		return 0, false
	}
	second, _ := lang.DecodeRune(s[n:])
	return uint64(first)<<32 | uint64(second), true
}

// Cue returns the cue class of a folded Russian word (lang.NameCues).
func (Russian) Cue(norm string) lang.Cue {
	k, ok := cueKey(norm)
	if !ok {
		return lang.NoCue
	}
	for _, c := range cueIndex[k] {
		if n := len(c.stem); n <= len(norm) && norm[:n] == c.stem {
			return c.class
		}
	}
	return lang.NoCue
}

// TitleInName reports false: Russian titles stay outside the name.
func (Russian) TitleInName(string) bool { return false }
