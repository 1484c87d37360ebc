package en

// EnglishHead returns the head noun of a place's name whose plural names
// places too, for its dictionary form (island for islands: Solomon
// Islands), or "" (lang.NameHeadTranslator). Turkish and Russian key such
// a head as its English noun in the singular, whatever number and case
// they write it in (Solomon Adaları; Андаманские и Никобарские острова),
// where English's plural keyed apart (slnds, not slnd); the singular is
// keyed as before. Listed are the heads Turkish and Russian translate.
func (English) EnglishHead(stem string) string { return pluralPlaceHeads[stem] }

var pluralPlaceHeads = map[string]string{"island": "island", "lake": "lake", "river": "river", "valley": "valley"}
