package gazetteer_test

import (
	"fmt"
	"log"
	"strings"

	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	_ "github.com/varlik/varlik/lang/tr" // registers Turkish
)

func ExampleDefault() {
	g := gazetteer.Default()
	for _, e := range g.Lookup("RUSYA", "tr") {
		fmt.Println(e.ID, e.Type, e.Subtype, e.Name("en"), e.Name("ru"), e.Attrs["iso"])
	}
	// Output:
	// Q159 LOCATION country Russia Россия RU
}

func ExampleGazetteer_Match() {
	l, _ := lang.Get("tr")
	text := "Rusya-Çin ilişkilerini Dışişleri Bakanlığının sözcüsü HANGZHOU'da değerlendirdi."
	tokens := l.Tokenize(text)
	for _, m := range gazetteer.Default().Match(tokens, l) {
		best := m.Candidates[0]
		fmt.Printf("%q [%d:%d] inflected=%v → %s %s (%s)\n",
			text[m.Start:m.End], m.Start, m.End, m.Inflected, best.ID, best.Name("en"), best.Subtype)
	}
	// Output:
	// "Rusya" [0:5] inflected=false → Q159 Russia (country)
	// "Çin" [6:10] inflected=false → Q148 China (country)
	// "Dışişleri Bakanlığının" [25:54] inflected=true → varlik:org:ministry-of-foreign-affairs-turkey Ministry of Foreign Affairs (ministry)
	// "HANGZHOU" [66:74] inflected=false → geonames:1808926 Hangzhou (city)
}

func ExampleGazetteer_Lookup() {
	g, err := gazetteer.LoadFile("testdata/small.tsv")
	if err != nil {
		log.Fatal(err)
	}
	for _, e := range g.Lookup("ANKARA", "tr") {
		fmt.Println(e.ID, e.Subtype, e.Prior)
	}
	// Output:
	// Q3640 capital 0.9
	// iso:TR-06 province 0.85
}

func ExampleGazetteer_With() {
	g, err := gazetteer.LoadFile("testdata/small.tsv")
	if err != nil {
		log.Fatal(err)
	}
	user, err := gazetteer.ReadJSONL(strings.NewReader(
		`{"id":"my:ordu-camp","type":"LOCATION","subtype":"city","prior":0.1,"names":{"tr":["Ordu"]}}`))
	if err != nil {
		log.Fatal(err)
	}
	for _, e := range g.With(user...).Lookup("Ordu", "") {
		fmt.Println(e.ID)
	}
	// Output:
	// my:ordu-camp
	// iso:TR-52
}

func ExampleGazetteer_EntriesOf() {
	g := gazetteer.New(
		&gazetteer.Entry{ID: "p1", Type: gazetteer.Person, Names: map[string][]string{"en": {"Ada Lovelace"}}, Prior: 0.9},
		&gazetteer.Entry{ID: "p2", Type: gazetteer.Person, Names: map[string][]string{"en": {"John Smith"}}, Prior: 0.3},
		&gazetteer.Entry{ID: "l1", Type: gazetteer.Location, Names: map[string][]string{"en": {"London"}}, Prior: 0.9},
	)
	// The well-known people, as linking asks for them: on the default
	// gazetteer only these are decoded.
	for _, e := range g.EntriesOf(gazetteer.Person, 0.8) {
		fmt.Println(e.ID, e.Name("en"))
	}
	// Output:
	// p1 Ada Lovelace
}
