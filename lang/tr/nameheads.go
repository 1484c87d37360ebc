package tr

// EnglishHead returns the English noun for a Turkish head noun of a
// place's or an organization's name in its dictionary form, or ""
// (lang.NameHeadTranslator). Listed are the heads whose English noun
// keys otherwise (caddesi, street; oteli, hotel) or whose forms do
// (Komitesinin, committee; Senatoda, senate; not üniversite, a cue that
// link keys in its stem) and that name nothing by themselves in a name;
// nouns with more than one English head are left out (meclis:
// assembly and parliament; körfez: gulf and bay; dernek: society and
// association), and so are those that are given names or surnames too
// (deniz, sea; dağ, mountain).
func (Turkish) EnglishHead(stem string) string { return englishHeads[stem] }

var englishHeads = map[string]string{
	"cadde": "street", "sokak": "street", "bulvar": "boulevard", "meydan": "square", "köprü": "bridge",
	"okyanus": "ocean", "nehir": "river", "ırmak": "river", "göl": "lake", "ada": "island",
	"konsey": "council", "mahkeme": "court", "enstitü": "institute", "kongre": "congress", "senato": "senate", "komite": "committee", "komisyon": "commission",
	"otel": "hotel", "hastane": "hospital", "kilise": "church", "müze": "museum", "okul": "school",
	"kulüp": "club", "vakıf": "foundation", "saray": "palace", "havalimanı": "airport", "havaalanı": "airport",
	"bakanlık": "ministry", "banka": "bank", "grup": "group", "örgüt": "organization", "cumhuriyet": "republic",
	"cami": "mosque", "vadi": "valley", "hapishane": "prison", "cezaevi": "prison", "akademi": "academy", "parti": "party",
}
