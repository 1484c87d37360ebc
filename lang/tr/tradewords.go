package tr

import "github.com/varlik/varlik/lang"

var _ lang.TradeWords = Turkish{}

// tradeWords are the bare nouns and adjectives of the trades of shops,
// chains and companies that stand between a company's name and the noun of
// its kind ("Lloyds eczane zinciri", "Aldi indirimli satış mağazaları",
// "Apple teknoloji şirketi"). Words of a people or a place are not here:
// "Çin teknoloji şirketi" is a Chinese company, and the places keep their
// type anyway.
var tradeWords = lang.NewWordSet(map[string]bool{
	"eczane": true, "satış": true, "perakende": true, "indirimli": true, "süpermarket": true,
	"market": true, "giyim": true, "moda": true, "kozmetik": true, "güzellik": true,
	"teknoloji": true, "yazılım": true, "internet": true, "elektronik": true, "telekom": true,
	"otel": true, "restoran": true, "kahve": true, "gıda": true, "ilaç": true,
	"enerji": true, "petrol": true, "havayolu": true, "otomobil": true, "sigorta": true,
	"medya": true, "yayın": true, "mobilya": true, "oyuncak": true, "ulaşım": true,
})

// TradeWord reports whether norm is one of tradeWords (lang.TradeWords).
func (Turkish) TradeWord(norm string) bool { return tradeWords.Has(norm) }
