package entity

import (
	"testing"

	"github.com/varlik/varlik/lang"
)

// relString renders a relation by its arguments' texts, for table tests.
func relString(doc *Document, r Relation) string {
	arg := func(i int) string {
		if i < 0 {
			return "-"
		}
		return doc.Entities[i].Text
	}
	s := string(r.Type) + "(" + arg(r.Subject) + ", " + arg(r.Object)
	if r.Role != "" {
		s += ", " + r.Role
	}
	if r.QuoteEnd > r.QuoteStart {
		s += `, "` + doc.Text[r.QuoteStart:r.QuoteEnd] + `"`
	}
	return s + ")"
}

func TestEnglishRelations(t *testing.T) {
	l, _ := lang.Get("en")
	per, loc, org := Person, Location, Organization
	tests := []relationCase{
		{"China's Premier Li Qiang met Russian Prime Minister Mikhail Mishustin in Hangzhou.",
			[]nameSpec{{Text: "China", Type: loc}, {Text: "Li Qiang", Type: per}, {Text: "Mikhail Mishustin", Type: per}, {Text: "Hangzhou", Type: loc}},
			[]string{"ROLE(Li Qiang, China, Premier)", "MEETS(Li Qiang, Mikhail Mishustin)",
				"ROLE(Mikhail Mishustin, -, Prime Minister)"}},
		{"Hangzhou, the capital of Zhejiang province, hosted the talks.",
			[]nameSpec{{Text: "Hangzhou", Type: loc}, {Text: "Zhejiang", Type: loc}},
			[]string{"LOCATED_IN(Hangzhou, Zhejiang)"}},
		{"Fighting continued in China's Zhejiang province and in Kursk in western Russia.",
			[]nameSpec{{Text: "China", Type: loc}, {Text: "Zhejiang", Type: loc}, {Text: "Kursk", Type: loc}, {Text: "Russia", Type: loc}},
			[]string{"LOCATED_IN(Zhejiang, China)", "LOCATED_IN(Kursk, Russia)"}},
		{"UN Secretary-General Antonio Guterres said that the ceasefire must hold.",
			[]nameSpec{{Text: "UN", Type: org}, {Text: "Antonio Guterres", Type: per}},
			[]string{"ROLE(Antonio Guterres, UN, Secretary-General)",
				`SAYS(Antonio Guterres, -, "the ceasefire must hold")`}},
		{`"We are ready to work with Russia," Li said.`,
			[]nameSpec{{Text: "Russia", Type: loc}, {Text: "Li", Type: per}},
			[]string{`SAYS(Li, -, "We are ready to work with Russia")`}}, // the comma is the frame's
		{"NATO member Turkey hosted the summit, and Modi visited Tianjin.",
			[]nameSpec{{Text: "NATO", Type: org}, {Text: "Turkey", Type: loc}, {Text: "Modi", Type: per}, {Text: "Tianjin", Type: loc}},
			[]string{"MEMBER_OF(Turkey, NATO)", "VISITS(Modi, Tianjin)"}},
		{"Finland joined NATO in 2023.",
			[]nameSpec{{Text: "Finland", Type: loc}, {Text: "NATO", Type: org}},
			[]string{"MEMBER_OF(Finland, NATO)"}},
		// Written for the patterns of issue 17 (not from the relation corpus).
		{"Mariupol, a city in Ukraine's Donetsk region, was shelled again.",
			[]nameSpec{{Text: "Mariupol", Type: loc}, {Text: "Ukraine", Type: loc}, {Text: "Donetsk", Type: loc}},
			[]string{"LOCATED_IN(Mariupol, Donetsk)", "LOCATED_IN(Donetsk, Ukraine)"}},
		{"The head of the IMF, Kristalina Georgieva, said growth would slow.",
			[]nameSpec{{Text: "IMF", Type: org}, {Text: "Kristalina Georgieva", Type: per}},
			nil}, // not SAYS(IMF): the aside names the speaker
		{"Putin said the talks were useful, while Trump said more work was needed.",
			[]nameSpec{{Text: "Putin", Type: per}, {Text: "Trump", Type: per}},
			[]string{`SAYS(Putin, -, "the talks were useful")`, `SAYS(Trump, -, "more work was needed")`}},
		{"Li and Wang flew to Moscow on Monday.",
			[]nameSpec{{Text: "Li", Type: per}, {Text: "Wang", Type: per}, {Text: "Moscow", Type: loc}},
			[]string{"VISITS(Li, Moscow)", "VISITS(Wang, Moscow)"}},
		{`Trump said the deal was "very close".`,
			[]nameSpec{{Text: "Trump", Type: per}},
			[]string{`SAYS(Trump, -, "the deal was "very close"")`}},
		{"French Foreign Minister Jean-Noel Barrot met his German counterpart Johann Wadephul in Paris.",
			[]nameSpec{{Text: "Jean-Noel Barrot", Type: per}, {Text: "Johann Wadephul", Type: per}, {Text: "Paris", Type: loc}},
			[]string{"ROLE(Jean-Noel Barrot, -, Foreign Minister)", "MEETS(Jean-Noel Barrot, Johann Wadephul)"}},
		{"Putin refused to meet Zelenskiy.",
			[]nameSpec{{Text: "Putin", Type: per}, {Text: "Zelenskiy", Type: per}},
			nil},
		{"Zelenskiy said he would travel to Washington.",
			[]nameSpec{{Text: "Zelenskiy", Type: per}, {Text: "Washington", Type: loc}},
			[]string{`SAYS(Zelenskiy, -, "he would travel to Washington")`, "VISITS(Zelenskiy, Washington)"}},
		{"After the talks, Macron said the two sides had agreed.",
			[]nameSpec{{Text: "Macron", Type: per}},
			[]string{`SAYS(Macron, -, "the two sides had agreed")`}},
		{"Zelenskiy, who met Trump in Rome, said the talks were useful.",
			[]nameSpec{{Text: "Zelenskiy", Type: per}, {Text: "Trump", Type: per}, {Text: "Rome", Type: loc}},
			[]string{"MEETS(Zelenskiy, Trump)", `SAYS(Zelenskiy, -, "the talks were useful")`}},
		{"Zelenskiy, who met Trump in Rome, flew to Kyiv.",
			[]nameSpec{{Text: "Zelenskiy", Type: per}, {Text: "Trump", Type: per}, {Text: "Rome", Type: loc}, {Text: "Kyiv", Type: loc}},
			[]string{"MEETS(Zelenskiy, Trump)", "VISITS(Zelenskiy, Kyiv)"}},
		{"British Foreign Secretary David Lammy told the BBC that the deal was close.",
			[]nameSpec{{Text: "David Lammy", Type: per}, {Text: "BBC", Type: org}},
			[]string{"ROLE(David Lammy, -, Foreign Secretary)", `SAYS(David Lammy, -, "the deal was close")`}},
		{"Germany, France and Italy, all members of the EU, backed the plan.",
			[]nameSpec{{Text: "Germany", Type: loc}, {Text: "France", Type: loc}, {Text: "Italy", Type: loc}, {Text: "EU", Type: org}},
			[]string{"MEMBER_OF(Germany, EU)", "MEMBER_OF(France, EU)", "MEMBER_OF(Italy, EU)"}},
		{"Norway is not a member of the European Union.",
			[]nameSpec{{Text: "Norway", Type: loc}, {Text: "European Union", Type: org}},
			nil},
		{"The Kremlin said Putin and Trump had discussed Ukraine by phone.",
			[]nameSpec{{Text: "Kremlin", Type: org}, {Text: "Putin", Type: per}, {Text: "Trump", Type: per}, {Text: "Ukraine", Type: loc}},
			[]string{`SAYS(Kremlin, -, "Putin and Trump had discussed Ukraine by phone")`}},
		{"Netanyahu spoke with Trump by phone on Sunday, his office said.",
			[]nameSpec{{Text: "Netanyahu", Type: per}, {Text: "Trump", Type: per}},
			[]string{"MEETS(Netanyahu, Trump)"}},
		{"Former President Barack Obama visited Berlin.",
			[]nameSpec{{Text: "Barack Obama", Type: per}, {Text: "Berlin", Type: loc}},
			[]string{"ROLE(Barack Obama, -, President)", "VISITS(Barack Obama, Berlin)"}},
		{"IMF Managing Director Kristalina Georgieva warned that growth would slow.",
			[]nameSpec{{Text: "IMF", Type: org}, {Text: "Kristalina Georgieva", Type: per}},
			[]string{"ROLE(Kristalina Georgieva, IMF, Managing Director)", `SAYS(Kristalina Georgieva, -, "growth would slow")`}},
		{`"We are ready," said Sergei Lavrov, Russia's foreign minister.`,
			[]nameSpec{{Text: "Sergei Lavrov", Type: per}, {Text: "Russia", Type: loc}},
			[]string{`SAYS(Sergei Lavrov, -, "We are ready")`, "ROLE(Sergei Lavrov, Russia, foreign minister)"}},
		{"Trump will host Saudi Crown Prince Mohammed bin Salman at the White House next week.",
			[]nameSpec{{Text: "Trump", Type: per}, {Text: "Mohammed bin Salman", Type: per}, {Text: "White House", Type: loc}},
			[]string{"MEETS(Trump, Mohammed bin Salman)", "ROLE(Mohammed bin Salman, -, Crown Prince)"}},
		{"Ukraine's President Volodymyr Zelenskiy is due to arrive in London on Monday.",
			[]nameSpec{{Text: "Ukraine", Type: loc}, {Text: "Volodymyr Zelenskiy", Type: per}, {Text: "London", Type: loc}},
			[]string{"ROLE(Volodymyr Zelenskiy, Ukraine, President)", "VISITS(Volodymyr Zelenskiy, London)"}},
	}
	checkRelationCases(t, l, tests)
}

func sameSet(a, b []string) bool {
	m := map[string]int{}
	for _, s := range a {
		m[s]++
	}
	for _, s := range b {
		m[s]--
	}
	for _, n := range m {
		if n != 0 {
			return false
		}
	}
	return true
}
