package relation_test

import (
	"context"
	"slices"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/ru"
	"github.com/varlik/varlik/relation"
	_ "github.com/varlik/varlik/relation/en" // registers the English patterns
)

// TestCoordinatedSubject checks that a verb right after "and" ("и") takes
// the subject of the first predicate, not the name before the
// coordinator, and that an unnamed subject gives no relation.
func TestCoordinatedSubject(t *testing.T) {
	for _, tt := range []struct {
		l        lang.Language
		text     string
		mentions []string
		typ      annotation.RelationType
		subject  string // "" for none
	}{
		{en.English{}, "Mishustin welcomed Li at the government headquarters and said that trade would grow.",
			[]string{"Mishustin", "PERSON", "Li", "PERSON"}, annotation.Says, "Mishustin"},
		{en.English{}, "Both sides called for reform of the United Nations and said the council should change.",
			[]string{"United Nations", "ORGANIZATION"}, annotation.Says, ""},
		{en.English{}, "Mishustin met Li in Moscow and flew to Kazan.",
			[]string{"Mishustin", "PERSON", "Li", "PERSON", "Moscow", "LOCATION", "Kazan", "LOCATION"}, annotation.Visits, "Mishustin"},
		{ru.Russian{}, "Мишустин встретил Ли Цяна в здании правительства и заявил, что торговля вырастет.",
			[]string{"Мишустин", "PERSON", "Ли Цяна", "PERSON"}, annotation.Says, "Мишустин"},
		// The object first, in a case its first name tells: no subject at the start.
		{ru.Russian{}, "Сергея Лаврова принял Мишустин и заявил, что переговоры прошли успешно.",
			[]string{"Сергея Лаврова", "PERSON", "Мишустин", "PERSON"}, annotation.Says, ""},
	} {
		doc := mentionDoc(tt.l, tt.text, tt.mentions...)
		got := ""
		for _, r := range relation.Extract(context.Background(), doc, tt.l) {
			if r.Type == tt.typ {
				got = doc.Entities[r.Subject].Text
				if r.Role != "" {
					t.Errorf("%q: %s carries the role %q", tt.text, r.Type, r.Role)
				}
			}
		}
		if got != tt.subject {
			t.Errorf("%q: %s subject %q, want %q", tt.text, tt.typ, got, tt.subject)
		}
	}
}

// TestRussianPost checks the Russian words of a post held ("в качестве",
// "занял пост") and that a denied one is none.
func TestRussianPost(t *testing.T) {
	l := ru.Russian{}
	for _, tt := range []struct{ text, person, role string }{
		{"Иван Петров занял пост главного тренера в мае.", "Иван Петров", "главный тренер"},
		{"Анна Ли работала в качестве советника до 2019 года.", "Анна Ли", "советник"},
		{"Иван Петров не занимал пост министра.", "Иван Петров", ""},
		{"Иван Петров ушёл с поста министра.", "Иван Петров", ""},
	} {
		doc := mentionDoc(l, tt.text, tt.person, "PERSON")
		role := ""
		for _, r := range relation.Extract(context.Background(), doc, l) {
			if r.Type == annotation.Role {
				role = r.Role
			}
		}
		if role != tt.role {
			t.Errorf("%q: role %q, want %q", tt.text, role, tt.role)
		}
	}
}

// TestCoordinatedSpeakers checks that every name of a subject list shares
// the second predicate ("Merkel and Macron met ... and said").
func TestCoordinatedSpeakers(t *testing.T) {
	for _, tt := range []struct {
		l        lang.Language
		text     string
		mentions []string
	}{
		{en.English{}, "Merkel and Macron met in Paris and said that Europe must act.",
			[]string{"Merkel", "PERSON", "Macron", "PERSON", "Paris", "LOCATION"}},
		{ru.Russian{}, "Алиев и Пашинян встретились в Москве и заявили, что готовы к переговорам.",
			[]string{"Алиев", "PERSON", "Пашинян", "PERSON", "Москве", "LOCATION"}},
	} {
		doc := mentionDoc(tt.l, tt.text, tt.mentions...)
		var speakers []string
		for _, r := range relation.Extract(context.Background(), doc, tt.l) {
			if r.Type == annotation.Says {
				speakers = append(speakers, doc.Entities[r.Subject].Text)
			}
		}
		if want := []string{tt.mentions[0], tt.mentions[2]}; !slices.Equal(speakers, want) {
			t.Errorf("%q: speakers %q, want %q", tt.text, speakers, want)
		}
	}
}
