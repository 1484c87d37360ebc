package tr

// institutionHeads begin the head nouns of public institutions' names
// that orgHeadStems leave out (lang.OrganizationHeads): a council of
// ministers or a board (İcra Vekilleri Heyeti), a college (Teknik
// Yüksekokul), the state's and the cities' theatre companies (Şehir
// Tiyatroları, in the plural only: a theatre, Tiyatrosu, is as often a
// building, which news annotation tags as a place).
//
// Chosen on dev data, F1 without → with: Turkish Wiki NER dev (tag -in
// conll) 0.7942 → 0.7954 (İcra Vekilleri Heyeti, Teknik Yüksekokul, Şehir
// Tiyatroları); the Milliyet dev split 0.8656 → 0.8658; NTREX Turkish dev
// unchanged (0.8725, -doc 10 0.8892).
var institutionHeads = []string{"heyet", "yüksekokul", "tiyatroları", "tiyatrolar"}
