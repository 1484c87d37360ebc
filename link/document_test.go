package link

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/internal/doctest"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/ru"
	"github.com/varlik/varlik/lang/tr"
)

// TestDocumentLinking checks, in each language, the groups a document's
// mentions form (shown as g0, g1, ... in order of appearance, with their
// canonical names and types): a short mention joins its full name in any
// case the language puts it in, and nothing joins a group it does not
// belong to. Linking is by the document alone (no gazetteer), so that the
// groups are what the text shows.
func TestDocumentLinking(t *testing.T) {
	per, loc, org := annotation.Person, annotation.Location, annotation.Organization
	tests := []struct {
		name  string
		l     lang.Language
		text  string
		names []doctest.Name
		// gazetteered lists the mentions the tagger typed with the
		// gazetteer's help (Source "model+gazetteer"), which linking
		// does not retype
		gazetteered []string
		ids         map[string]string // mention text → ID set beforehand, as the gazetteer matcher does
		want        []string          // per mention in order: "text → canonical group TYPE"
	}{
		{name: "ru: a surname in the nominative joins the full name in the genitive", l: ru.Russian{},
			text:  "Тренер похвалил Марка Дорна. Дорн забил дважды.",
			names: []doctest.Name{{Text: "Марка Дорна", Type: per}, {Text: "Дорн", Type: per}},
			want:  []string{"Марка Дорна → Марка Дорна g0 PERSON", "Дорн → Марка Дорна g0 PERSON"}},
		{name: "ru: a surname in the dative joins the full name in the nominative", l: ru.Russian{},
			text:  "Игорь Валдер вернулся в клуб. Болельщики аплодировали Валдеру.",
			names: []doctest.Name{{Text: "Игорь Валдер", Type: per}, {Text: "Валдеру", Type: per}},
			want:  []string{"Игорь Валдер → Игорь Валдер g0 PERSON", "Валдеру → Игорь Валдер g0 PERSON"}},
		{name: "ru: a surname in the locative joins the full name", l: ru.Russian{},
			text:  "Гол забил Тони Бренга. Все говорили о Бренге.",
			names: []doctest.Name{{Text: "Тони Бренга", Type: per}, {Text: "Бренге", Type: per}},
			want:  []string{"Тони Бренга → Тони Бренга g0 PERSON", "Бренге → Тони Бренга g0 PERSON"}},
		{name: "ru: one full name in two cases is one person, and its surname joins it", l: ru.Russian{},
			text:  "Пресса обсуждала Сергея Корнова. Сергей Корнов ответил. Корнова поддержали.",
			names: []doctest.Name{{Text: "Сергея Корнова", Type: per}, {Text: "Сергей Корнов", Type: per}, {Text: "Корнова", Type: per}},
			want: []string{"Сергея Корнова → Сергей Корнов g0 PERSON", "Сергей Корнов → Сергей Корнов g0 PERSON",
				"Корнова → Сергей Корнов g0 PERSON"}},
		{name: "ru: two people sharing a surname keep the surname alone apart", l: ru.Russian{},
			text:  "Анна Ветрова и Павел Ветров пришли. Ветрова ушла первой.",
			names: []doctest.Name{{Text: "Анна Ветрова", Type: per}, {Text: "Павел Ветров", Type: per}, {Text: "Ветрова", Type: per}},
			want: []string{"Анна Ветрова → Анна Ветрова g0 PERSON", "Павел Ветров → Павел Ветров g1 PERSON",
				"Ветрова → Ветрова g2 PERSON"}},
		{name: "ru: different given names with one surname are two people", l: ru.Russian{},
			text:  "Олег Ламов встретил Игоря Ламова.",
			names: []doctest.Name{{Text: "Олег Ламов", Type: per}, {Text: "Игоря Ламова", Type: per}},
			want:  []string{"Олег Ламов → Олег Ламов g0 PERSON", "Игоря Ламова → Игорь Ламов g1 PERSON"}},
		{name: "en: two people sharing a surname keep the surname alone apart", l: en.English{},
			text:  "Tom Harwell and Jane Harwell arrived. Harwell spoke first.",
			names: []doctest.Name{{Text: "Tom Harwell", Type: per}, {Text: "Jane Harwell", Type: per}, {Text: "Harwell", Type: per}},
			want: []string{"Tom Harwell → Tom Harwell g0 PERSON", "Jane Harwell → Jane Harwell g1 PERSON",
				"Harwell → Harwell g2 PERSON"}},
		{name: "tr: two people sharing a surname keep the surname alone apart", l: tr.Turkish{},
			text:  "Ayşe Durmaz ve Kemal Durmaz geldi. Durmaz ilk konuştu.",
			names: []doctest.Name{{Text: "Ayşe Durmaz", Type: per}, {Text: "Kemal Durmaz", Type: per}, {Text: "Durmaz", Type: per}},
			want: []string{"Ayşe Durmaz → Ayşe Durmaz g0 PERSON", "Kemal Durmaz → Kemal Durmaz g1 PERSON",
				"Durmaz → Durmaz g2 PERSON"}},
		{name: "en: a name of two words that opens a longer one but not its surname stays apart, and a word ending one candidate joins it", l: en.English{},
			text:  "Ada Brisco starred in Ada Brisco Returns. Brisco was praised.",
			names: []doctest.Name{{Text: "Ada Brisco", Type: per}, {Text: "Ada Brisco Returns", Type: per}, {Text: "Brisco", Type: per}},
			want: []string{"Ada Brisco → Ada Brisco g0 PERSON", "Ada Brisco Returns → Ada Brisco Returns g1 PERSON",
				"Brisco → Ada Brisco g0 PERSON"}},
		{name: "en: a name of two words joins the longer name it ends alike, and past a generational suffix", l: en.English{},
			text: "Luiz Inacio Lula da Silva won. Lula da Silva spoke. Marvin Lee Dorsey Jr. came. Marvin Lee Dorsey left.",
			names: []doctest.Name{{Text: "Luiz Inacio Lula da Silva", Type: per}, {Text: "Lula da Silva", Type: per},
				{Text: "Marvin Lee Dorsey Jr.", Type: per}, {Text: "Marvin Lee Dorsey", Type: per}},
			want: []string{"Luiz Inacio Lula da Silva → Luiz Inacio Lula da Silva g0 PERSON", "Lula da Silva → Luiz Inacio Lula da Silva g0 PERSON",
				"Marvin Lee Dorsey Jr. → Marvin Lee Dorsey Jr. g1 PERSON", "Marvin Lee Dorsey → Marvin Lee Dorsey Jr. g1 PERSON"}},
		{name: "en: a surname ending two full names stays apart from both", l: en.English{},
			text:  "Bill Carrow met Hilda Carrow Smythe and Anne Carrow. Carrow left.",
			names: []doctest.Name{{Text: "Bill Carrow", Type: per}, {Text: "Hilda Carrow Smythe", Type: per}, {Text: "Anne Carrow", Type: per}, {Text: "Carrow", Type: per}},
			want: []string{"Bill Carrow → Bill Carrow g0 PERSON", "Hilda Carrow Smythe → Hilda Carrow Smythe g1 PERSON",
				"Anne Carrow → Anne Carrow g2 PERSON", "Carrow → Carrow g3 PERSON"}},
		{name: "en: a place named like a person tagged twice keeps its type", l: en.English{},
			text:  "Senator Paul Colby visited Colby twice. Colby voters cheered as Colby schools reopened.",
			names: []doctest.Name{{Text: "Paul Colby", Type: per}, {Text: "Colby", Type: loc}},
			want: []string{"Paul Colby → Paul Colby g0 PERSON", "Colby → Colby g1 LOCATION",
				"Colby → Colby g1 LOCATION", "Colby → Colby g1 LOCATION"}},
		{name: "ru: a club named after its town stays apart from a person", l: ru.Russian{},
			text:  "Полузащитник Дэн Марло перешёл в «Марло Юнайтед».",
			names: []doctest.Name{{Text: "Дэн Марло", Type: per}, {Text: "Марло Юнайтед", Type: org}},
			want:  []string{"Дэн Марло → Дэн Марло g0 PERSON", "Марло Юнайтед → Марло Юнайтед g1 ORGANIZATION"}},
		{name: "ru: a place of one word inflected like a surname keeps its own group", l: ru.Russian{},
			text:  "Эмили Брант приехала из Бранта. Брант встретил её.",
			names: []doctest.Name{{Text: "Эмили Брант", Type: per}, {Text: "Бранта", Type: loc}, {Text: "Брант", Type: per}},
			want: []string{"Эмили Брант → Эмили Брант g0 PERSON", "Бранта → Бранта g1 LOCATION",
				"Брант → Эмили Брант g0 PERSON"}},
		{name: "ru: a surname typed a place in its citation form joins the inflected full name", l: ru.Russian{},
			text:  "Тренер доверил мяч Крейгу Халдеру. Халдер не промахнулся.",
			names: []doctest.Name{{Text: "Крейгу Халдеру", Type: per}, {Text: "Халдер", Type: loc}},
			want:  []string{"Крейгу Халдеру → Крейгу Халдеру g0 PERSON", "Халдер → Крейгу Халдеру g0 PERSON"}},
		{name: "ru: a preposition the tagger took into a name is not part of it", l: ru.Russian{},
			text:  "Судья Кларенс Мейл выступил. На Мейла давили. Мейл промолчал.",
			names: []doctest.Name{{Text: "Кларенс Мейл", Type: per}, {Text: "На Мейла", Type: per}, {Text: "Мейл", Type: per}},
			want: []string{"Кларенс Мейл → Кларенс Мейл g0 PERSON", "На Мейла → Кларенс Мейл g0 PERSON",
				"Мейл → Кларенс Мейл g0 PERSON"}},
		{name: "ru: a preposition opening a quotation is not part of a name", l: ru.Russian{},
			text:  "Судья Кларенс Мейл выступил. Сенатор сказал: «На Мейла давили».",
			names: []doctest.Name{{Text: "Кларенс Мейл", Type: per}, {Text: "На Мейла", Type: per}},
			want:  []string{"Кларенс Мейл → Кларенс Мейл g0 PERSON", "На Мейла → Кларенс Мейл g0 PERSON"}},
		{name: "en: a place after a word that makes it one keeps its type beside a person named like it", l: en.English{},
			text:  "Councillor Mark Thornby said the bridge was safe. In Thornby, the river rose.",
			names: []doctest.Name{{Text: "Mark Thornby", Type: per}, {Text: "Thornby", Type: loc}},
			want:  []string{"Mark Thornby → Mark Thornby g0 PERSON", "Thornby → Thornby g1 LOCATION"}},
		{name: "ru: a surname alone of the other gender is another person", l: ru.Russian{},
			text:  "Дарья Касаткина выиграла турнир. Её поздравил отец Касаткин. Касаткина улыбалась.",
			names: []doctest.Name{{Text: "Дарья Касаткина", Type: per}, {Text: "Касаткин", Type: per}, {Text: "Касаткина", Type: per}},
			want: []string{"Дарья Касаткина → Дарья Касаткина g0 PERSON", "Касаткин → Касаткин g1 PERSON",
				"Касаткина → Дарья Касаткина g0 PERSON"}},
		{name: "ru: a form either gender has is the woman's where the story gives her surname alone", l: ru.Russian{},
			text:  "Сергей Иванов прибыл с супругой. Иванова рассказала о поездке. Ивановой вручили цветы.",
			names: []doctest.Name{{Text: "Сергей Иванов", Type: per}, {Text: "Иванова", Type: per}, {Text: "Ивановой", Type: per}},
			want: []string{"Сергей Иванов → Сергей Иванов g0 PERSON", "Иванова → Иванова g1 PERSON",
				"Ивановой → Иванова g1 PERSON"}},
		{name: "ru: a word two people's names start with is neither's alone", l: ru.Russian{},
			text:  "Ким Ён Чхоль вылетел в Вашингтон. Помпео передал Киму письмо для Ким Чен Ына.",
			names: []doctest.Name{{Text: "Ким Ён Чхоль", Type: per}, {Text: "Киму", Type: per}, {Text: "Ким Чен Ына", Type: per}},
			ids:   map[string]string{"Ким Чен Ына": "Q56226"},
			want: []string{"Ким Ён Чхоль → Ким Ён Чхоль g0 PERSON", "Киму → Ким g1 PERSON",
				"Ким Чен Ына → Ким Чен Ына g2 PERSON"}},
		{name: "ru: a foreign surname a woman shares unchanged joins her name", l: ru.Russian{},
			text:  "Кэтрин Мартин выступила в суде. Мартин ответила на вопросы.",
			names: []doctest.Name{{Text: "Кэтрин Мартин", Type: per}, {Text: "Мартин", Type: per}},
			want:  []string{"Кэтрин Мартин → Кэтрин Мартин g0 PERSON", "Мартин → Кэтрин Мартин g0 PERSON"}},
		{name: "ru: an initial that reads as a preposition stays in the name", l: ru.Russian{},
			text:  "Письмо подписал В. Орлов. Орлов ответил.",
			names: []doctest.Name{{Text: "В. Орлов", Type: per}, {Text: "Орлов", Type: per}},
			want:  []string{"В. Орлов → В. Орлов g0 PERSON", "Орлов → В. Орлов g0 PERSON"}},
		{name: "en: a preposition the tagger took into a name is not part of it", l: en.English{},
			text:  "On Kellerby the committee split. Senator Kellerby said nothing.",
			names: []doctest.Name{{Text: "On Kellerby", Type: per}, {Text: "Kellerby", Type: per}},
			want:  []string{"On Kellerby → Kellerby g0 PERSON", "Kellerby → Kellerby g0 PERSON"}},
		{name: "en: a place the gazetteer typed stays apart from a person named like it", l: en.English{},
			text:        "George Kellogg moved to Kellogg in 1990.",
			names:       []doctest.Name{{Text: "George Kellogg", Type: per}, {Text: "Kellogg", Type: loc}},
			gazetteered: []string{"Kellogg"},
			want:        []string{"George Kellogg → George Kellogg g0 PERSON", "Kellogg → Kellogg g1 LOCATION"}},
		{name: "en: a club named after its town stays apart from the town", l: en.English{},
			text:  "Fans of Bramford United filled Bramford. Bramford United won.",
			names: []doctest.Name{{Text: "Bramford United", Type: org}, {Text: "Bramford", Type: loc}},
			want: []string{"Bramford United → Bramford United g0 ORGANIZATION", "Bramford → Bramford g1 LOCATION",
				"Bramford United → Bramford United g0 ORGANIZATION"}},
		{name: "tr: a club named after its town stays apart from the town", l: tr.Turkish{},
			text:  "Karaköprü Spor taraftarları Karaköprü'de toplandı.",
			names: []doctest.Name{{Text: "Karaköprü Spor", Type: org}, {Text: "Karaköprü", Type: loc}},
			want:  []string{"Karaköprü Spor → Karaköprü Spor g0 ORGANIZATION", "Karaköprü → Karaköprü g1 LOCATION"}},
		{name: "ru: a place the tagger took into a person's name does not take an inflected form of it", l: ru.Russian{},
			text:  "Премьер Албании Эди Рама приехал. Албанию Рама назвал другом.",
			names: []doctest.Name{{Text: "Албании Эди Рама", Type: per}, {Text: "Албанию", Type: per}, {Text: "Рама", Type: per}},
			want: []string{"Албании Эди Рама → Албании Эди Рама g0 PERSON", "Албанию → Албанию g1 PERSON",
				"Рама → Албании Эди Рама g0 PERSON"}},
		{name: "ru: a surname first joins in another case the name the gazetteer knows", l: ru.Russian{},
			text:  "Встреча с Пак Мин Хо прошла. Паку вручили письмо.",
			names: []doctest.Name{{Text: "Пак Мин Хо", Type: per}, {Text: "Паку", Type: per}},
			ids:   map[string]string{"Пак Мин Хо": "Q100"},
			want:  []string{"Пак Мин Хо → Пак Мин Хо g0 PERSON", "Паку → Пак Мин Хо g0 PERSON"}},
		{name: "ru: a given name that looks like a case of a surname stays apart", l: ru.Russian{},
			text:  "Джон Холл выступил. Потом Холли спела.",
			names: []doctest.Name{{Text: "Джон Холл", Type: per}, {Text: "Холли", Type: per}},
			want:  []string{"Джон Холл → Джон Холл g0 PERSON", "Холли → Холли g1 PERSON"}},
		{name: "ru: a surname ending in a vowel joins its full name in the genitive", l: ru.Russian{},
			text:  "Гол Дона Бренги решил всё. Бренга улыбался.",
			names: []doctest.Name{{Text: "Дона Бренги", Type: per}, {Text: "Бренга", Type: per}},
			want:  []string{"Дона Бренги → Дон Бренги g0 PERSON", "Бренга → Дон Бренги g0 PERSON"}},
		{name: "en: a person's origin after a preposition is not part of the name", l: en.English{},
			text:  "Dana Whitlow of Bramford spoke first. Bramford won, and Whitlow smiled.",
			names: []doctest.Name{{Text: "Dana Whitlow of Bramford", Type: per}, {Text: "Bramford", Type: per}, {Text: "Whitlow", Type: per}},
			want: []string{"Dana Whitlow of Bramford → Dana Whitlow g0 PERSON", "Bramford → Bramford g1 PERSON",
				"Whitlow → Dana Whitlow g0 PERSON"}},
		{name: "en: a preposition after a name's first word is the name's own", l: en.English{},
			text:  "Singer Jo Baywick sang about Joan of Arc. Baywick said Joan of Arc inspired her.",
			names: []doctest.Name{{Text: "Jo Baywick", Type: per}, {Text: "Joan of Arc", Type: per}, {Text: "Baywick", Type: per}},
			want: []string{"Jo Baywick → Jo Baywick g0 PERSON", "Joan of Arc → Joan of Arc g1 PERSON",
				"Baywick → Jo Baywick g0 PERSON", "Joan of Arc → Joan of Arc g1 PERSON"}},
		{name: "ru: a capitalized preposition inside a sentence is a name's own word", l: ru.Russian{},
			text:  "Прибыл премьер До Мыой. Президент встретил До Мыоя.",
			names: []doctest.Name{{Text: "До Мыой", Type: per}, {Text: "До Мыоя", Type: per}},
			want:  []string{"До Мыой → До Мыой g0 PERSON", "До Мыоя → До Мыой g0 PERSON"}},
		{name: "ru: a person's origin after a preposition is not part of the name", l: ru.Russian{},
			text:  "Выступила Дана Уитлоу из Брамфорда. Уитлоу улыбалась.",
			names: []doctest.Name{{Text: "Дана Уитлоу из Брамфорда", Type: per}, {Text: "Уитлоу", Type: per}},
			want:  []string{"Дана Уитлоу из Брамфорда → Дана Уитлоу g0 PERSON", "Уитлоу → Дана Уитлоу g0 PERSON"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := doctest.WithNames(t, tt.text, tt.names, tt.l)
			for i := range doc.Entities {
				if slices.Contains(tt.gazetteered, doc.Entities[i].Text) {
					doc.Entities[i].Source = "model+gazetteer"
				}
				if id := tt.ids[doc.Entities[i].Text]; id != "" {
					doc.Entities[i].ID, doc.Entities[i].Source = id, "model+gazetteer"
				}
			}
			New(nil).Link(doc, tt.l)
			var got []string
			groups := map[string]string{}
			for _, e := range doc.Entities {
				if tt.text[e.Start:e.End] != e.Text {
					t.Errorf("offsets of %q give %q", e.Text, tt.text[e.Start:e.End])
				}
				if groups[e.ID] == "" {
					groups[e.ID] = fmt.Sprintf("g%d", len(groups))
				}
				got = append(got, fmt.Sprintf("%s → %s %s %s", e.Text, e.Canonical, groups[e.ID], e.Type))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestRetypedByVote checks that a one-word mention typed otherwise joins
// the full name it is the surname of when the document types those words
// as a person at least as often, and keeps its type when it types them
// otherwise more often (a town named like a person).
func TestRetypedByVote(t *testing.T) {
	per, loc := annotation.Person, annotation.Location
	l := en.English{}
	text := "Judge Brent Havelock spoke. Havelock said no. Critics of Havelock left. Havelock stayed, and Havelock won."
	for _, tt := range []struct {
		name  string
		types []annotation.Type // of the four one-word mentions, in order
		want  []string
	}{
		{name: "as often a person", types: []annotation.Type{per, loc, per, loc},
			want: []string{"PERSON g0", "PERSON g0", "PERSON g0", "PERSON g0", "PERSON g0"}},
		{name: "more often a place", types: []annotation.Type{per, loc, loc, loc},
			want: []string{"PERSON g0", "PERSON g0", "LOCATION g1", "LOCATION g1", "LOCATION g1"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			golds := []doctest.Gold{{Text: "Brent Havelock", Type: per}}
			off := strings.Index(text, "Brent Havelock")
			golds[0].Start, golds[0].End = off, off+len("Brent Havelock")
			from := golds[0].End
			for _, typ := range tt.types {
				k := from + strings.Index(text[from:], "Havelock")
				golds = append(golds, doctest.Gold{Text: "Havelock", Type: typ, Start: k, End: k + len("Havelock")})
				from = k + len("Havelock")
			}
			doc := doctest.WithEntities(t, text, golds, l)
			New(nil).Link(doc, l)
			groups := map[string]string{}
			var got []string
			for _, e := range doc.Entities {
				if groups[e.ID] == "" {
					groups[e.ID] = fmt.Sprintf("g%d", len(groups))
				}
				got = append(got, string(e.Type)+" "+groups[e.ID])
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// TestLinkPunctuationMention checks that a mention of punctuation alone,
// which has no name word, neither panics nor joins a name.
func TestLinkPunctuationMention(t *testing.T) {
	for _, l := range []lang.Language{ru.Russian{}, en.English{}, tr.Turkish{}} {
		text := "Иван Петров — Петров."
		doc := doctest.WithNames(t, text, []doctest.Name{{Text: "Иван Петров", Type: annotation.Person}, {Text: "—", Type: annotation.Person}}, l)
		AddShortMentions(doc, l)
		New(nil).Link(doc, l)
		for _, e := range doc.Entities {
			if e.Text == "—" && e.ID == doc.Entities[0].ID {
				t.Errorf("%s: the dash joined %q", l.Code(), doc.Entities[0].Text)
			}
		}
	}
}
