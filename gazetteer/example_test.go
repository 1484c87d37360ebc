package gazetteer_test

import (
	"fmt"
	"log"
	"strings"

	"github.com/varlik/varlik/gazetteer"
)

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
