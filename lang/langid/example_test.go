package langid_test

import (
	"fmt"
	"strings"

	"github.com/varlik/varlik/lang/langid"
)

// A new language is a profile trained from text in it. Here a toy Ukrainian
// profile joins the built-in ones in a Detector; langid.Register would add
// it to the package-level Identify instead.
func ExampleTrain() {
	ukrainian := `Прем'єр-міністр України провів зустріч з делегацією Європейського союзу.
Уряд ухвалив рішення про підтримку підприємств, які постраждали від війни.
Міністр закордонних справ заявив, що переговори тривали понад чотири години.
Експорт зерна через порти Одеси зріс у вересні.
Президент підписав закон про державний бюджет на наступний рік.`
	uk, err := langid.Train("uk", "Cyrillic", strings.NewReader(ukrainian), 1000)
	if err != nil {
		panic(err)
	}
	d := langid.New(append(langid.Profiles(), uk)...)
	for _, s := range []string{
		"Уряд України ухвалив нові правила для експорту зерна.",
		"Правительство России утвердило новые правила экспорта зерна.",
	} {
		code, _ := d.Identify(s)
		fmt.Println(code)
	}
	// Output:
	// uk
	// ru
}
