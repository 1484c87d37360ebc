package en

import "github.com/varlik/varlik/lang"

var _ lang.ShopWords = English{}

// ShopWord reports whether norm, a folded word, names a shop's or small
// firm's trade after its owner's possessive (lang.ShopWords): "Ray 's
// Pizza", "Burch 's Karate", "Joe 's Garage". Words that a possessive
// takes as a thing owned more often than as a trade are left out (Bar:
// "Britain 's Bar Council", Market, Store: "Apple 's Store app", Books,
// Kitchen), and so are the heads lang.PossessiveNames has (Hospital,
// College).
func (English) ShopWord(norm string) bool { return shopWords[norm] }

var shopWords = map[string]bool{
	"pizza": true, "pizzeria": true, "restaurant": true, "cafe": true, "café": true, "diner": true,
	"grill": true, "bakery": true, "deli": true, "pub": true, "tavern": true, "bistro": true,
	"steakhouse": true, "bbq": true, "barbecue": true, "bagels": true, "donuts": true, "doughnuts": true,
	"karate": true, "garage": true, "salon": true, "barbershop": true, "cleaners": true, "towing": true,
	"plumbing": true, "landscaping": true, "catering": true, "jewelers": true, "jewellers": true,
	"pharmacy": true, "kennels": true, "nursery": true, "hardware": true, "tires": true, "tyres": true,
}
