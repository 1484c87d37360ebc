package entity_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/varlik/varlik/entity"
	"github.com/varlik/varlik/gazetteer"
)

func ExampleExtractor_Extract() {
	x, err := entity.New()
	if err != nil {
		panic(err)
	}
	text := "Çin Başbakanı Li Qiang, Rusya Başbakanı Mihail Mişustin ile Hangzhou'da görüştü. Li, Mişustin'e teşekkür etti."
	doc, err := x.Extract(context.Background(), text)
	if err != nil {
		panic(err)
	}
	for _, e := range doc.Entities {
		fmt.Printf("%-12s %-16s → %s\n", e.Type, text[e.Start:e.End], e.Canonical)
	}
	for _, r := range doc.Relations {
		if r.Type == entity.Role {
			fmt.Printf("%s ROLE %s of %s\n", doc.Entities[r.Subject].Text, r.Role, doc.Entities[r.Object].Text)
		}
	}
	// Output:
	// LOCATION     Çin              → Çin
	// PERSON       Li Qiang         → Li Qiang
	// LOCATION     Rusya            → Rusya
	// PERSON       Mihail Mişustin  → Mihail Mişustin
	// LOCATION     Hangzhou         → Hangzhou
	// PERSON       Li               → Li Qiang
	// PERSON       Mişustin         → Mihail Mişustin
	// Li Qiang ROLE Başbakan of Çin
	// Mihail Mişustin ROLE Başbakan of Rusya
}

// Entities keep one ID across languages: the gazetteer's.
func ExampleExtractor_Extract_crossLingual() {
	x, err := entity.New()
	if err != nil {
		panic(err)
	}
	for _, text := range []string{
		"Rusya ve Çin, Moskova'da anlaştı.",
		"Russia and China agreed in Moscow.",
		"Россия и Китай договорились в Москве.",
	} {
		doc, err := x.Extract(context.Background(), text)
		if err != nil {
			panic(err)
		}
		var ids []string
		for _, e := range doc.Entities {
			ids = append(ids, e.Text+"="+e.ID)
		}
		fmt.Println(doc.Lang, strings.Join(ids, " "))
	}
	// Output:
	// tr Rusya=Q159 Çin=Q148 Moskova=Q649
	// en Russia=Q159 China=Q148 Moscow=Q649
	// ru Россия=Q159 Китай=Q148 Москве=Q649
}

// A company keeps its gazetteer ID however business news writes its
// name: with its legal form, or with the possessive its name ends with,
// which the mention leaves outside.
func ExampleExtractor_Extract_companies() {
	x, err := entity.New()
	if err != nil {
		panic(err)
	}
	doc, err := x.Extract(context.Background(), "Microsoft Corp. and McDonald's said on Monday that Microsoft would supply McDonald's.")
	if err != nil {
		panic(err)
	}
	for _, e := range doc.Entities {
		fmt.Printf("%s %s %s\n", e.Text, e.ID, e.Canonical)
	}
	// Output:
	// Microsoft Corp. varlik:org:microsoft Microsoft
	// McDonald varlik:org:mcdonald-s McDonald's
	// Microsoft varlik:org:microsoft Microsoft
	// McDonald varlik:org:mcdonald-s McDonald's
}

// User entries win over the embedded gazetteer.
func ExampleWithGazetteer() {
	user := &gazetteer.Entry{
		ID: "acme:org:1", Type: gazetteer.Organization, Subtype: "company", Prior: 0.9,
		Names: map[string][]string{"tr": {"Kuzey Yıldızı Holding"}},
	}
	x, err := entity.New(entity.WithGazetteer(gazetteer.Default().With(user)))
	if err != nil {
		panic(err)
	}
	doc, err := x.Extract(context.Background(), "Kuzey Yıldızı Holding'in hisseleri yükseldi.")
	if err != nil {
		panic(err)
	}
	for _, e := range doc.Entities {
		fmt.Println(e.Type, e.Text, e.ID)
	}
	// Output:
	// ORGANIZATION Kuzey Yıldızı Holding acme:org:1
}

// Stream tags input of any size, document by document.
func ExampleExtractor_Stream() {
	x, err := entity.New(entity.WithLanguage("tr"))
	if err != nil {
		panic(err)
	}
	feed := "Ankara'da bir toplantı yapıldı.\nErdoğan, İstanbul'a gitti.\n"
	err = x.Stream(context.Background(), strings.NewReader(feed), entity.ByLine, func(d entity.StreamDoc) error {
		for _, e := range d.Doc.Entities {
			fmt.Println(d.Offset+int64(e.Start), e.Type, e.Text)
		}
		return nil
	})
	if err != nil {
		panic(err)
	}
	// Output:
	// 0 LOCATION Ankara
	// 35 PERSON Erdoğan
	// 45 LOCATION İstanbul
}

// New with options: a fixed language (any BCP 47 tag of it) and a limit
// on the size of one document.
func ExampleNew() {
	x, err := entity.New(entity.WithLanguage("tr-TR"), entity.WithMaxBytes(1<<20))
	if err != nil {
		fmt.Println(err)
		return
	}
	doc, err := x.Extract(context.Background(), "Ankara'da bugün NATO toplantısı yapıldı.")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(doc.Lang)
	for _, e := range doc.Entities {
		fmt.Println(e.Type, e.Text, e.ID)
	}
	_, err = entity.New(entity.WithLanguage("xx"))
	fmt.Println(err != nil)
	// Output:
	// tr
	// LOCATION Ankara geonames:323786
	// ORGANIZATION NATO Q7184
	// true
}

// ExtractTokens tags pre-tokenized text, one token list per sentence; a
// token with its suffix attached (as many Turkish corpora keep them) is
// tagged by its stem, and IOB2 gives one tag per given token.
func ExampleExtractor_ExtractTokens() {
	x, err := entity.New()
	if err != nil {
		fmt.Println(err)
		return
	}
	sentences := [][]string{{"Cumhurbaşkanı", "Erdoğan", "Azerbaycan'a", "gitti", "."}}
	doc, err := x.ExtractTokens(context.Background(), "tr", sentences)
	if err != nil {
		fmt.Println(err)
		return
	}
	for i, tag := range doc.IOB2() {
		fmt.Println(doc.Tokens[i].Text, tag)
	}
	// Output:
	// Cumhurbaşkanı O
	// Erdoğan B-PERSON
	// Azerbaycan'a B-LOCATION
	// gitti O
	// . O
}

// Relations name their arguments by index into doc.Entities; a SAYS
// carries the byte span of the words said.
func ExampleExtractor_Extract_relations() {
	x, err := entity.New(entity.WithLanguage("en"))
	if err != nil {
		panic(err)
	}
	text := "Joan Puig, a 42-year-old mechanic, said the conflict had been stoked by politicians. " +
		"The crash happened at Stamford Bridge in London, Sutopo Purwo Nugroho, the agency's spokesman, told reporters."
	doc, err := x.Extract(context.Background(), text)
	if err != nil {
		panic(err)
	}
	for _, r := range doc.Relations {
		subject := doc.Entities[r.Subject].Text
		switch {
		case r.Type == entity.Says:
			fmt.Printf("%s SAYS %q\n", subject, text[r.QuoteStart:r.QuoteEnd])
		case r.Object >= 0:
			fmt.Printf("%s %s %s\n", subject, r.Type, doc.Entities[r.Object].Text)
		default:
			fmt.Printf("%s %s %s\n", subject, r.Type, r.Role)
		}
	}
	// Output:
	// Joan Puig ROLE mechanic
	// Joan Puig SAYS "the conflict had been stoked by politicians"
	// Sutopo Purwo Nugroho SAYS "The crash happened at Stamford Bridge in London"
	// Stamford Bridge LOCATED_IN London
	// Sutopo Purwo Nugroho ROLE spokesman
}

// LinkMentions gives stable IDs to the mentions of another recognizer
// (spaCy's, a gold annotation's): the same ID in every language for one
// referent, a gazetteer ID where the gazetteer knows it, else a name ID.
func ExampleExtractor_LinkMentions() {
	x, err := entity.New()
	if err != nil {
		panic(err)
	}
	for _, doc := range []struct{ lang, text, name string }{
		{"tr", "Rusya ile Dolly Menga'nın ülkesi anlaştı.", "Dolly Menga"},
		{"ru", "Россия и страна Долли Менги договорились.", "Долли Менги"},
	} {
		spans := []entity.MentionSpan{
			{Start: 0, End: len(strings.Fields(doc.text)[0]), Type: entity.Location},
			{Start: strings.Index(doc.text, doc.name), End: strings.Index(doc.text, doc.name) + len(doc.name), Type: entity.Person},
		}
		ents, err := x.LinkMentions(context.Background(), doc.lang, doc.text, spans)
		if err != nil {
			panic(err)
		}
		for _, e := range ents {
			fmt.Printf("%s %s %s\n", e.Text, e.Type, e.ID)
		}
	}
	// Output:
	// Rusya LOCATION Q159
	// Dolly Menga PERSON name:dl-mn
	// Россия LOCATION Q159
	// Долли Менги PERSON name:dl-mn
}
