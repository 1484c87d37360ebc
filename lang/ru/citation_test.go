package ru

import (
	"strconv"
	"strings"
	"sync"
	"testing"
)

func TestCitationForm(t *testing.T) {
	tests := []struct{ name, typ, want string }{
		// People: a first name tells case and gender.
		{"Сергея Лаврова", "PERSON", "Сергей Лавров"},
		{"Сергею Лаврову", "PERSON", "Сергей Лавров"},
		{"Сергеем Лавровым", "PERSON", "Сергей Лавров"},
		{"Марии Захаровой", "PERSON", "Мария Захарова"},
		{"Марию Захарову", "PERSON", "Мария Захарова"},
		{"Владимира Владимировича Путина", "PERSON", "Владимир Владимирович Путин"},
		{"Анны Ахматовой", "PERSON", "Анна Ахматова"},
		{"Михаила Мишустина", "PERSON", "Михаил Мишустин"},
		{"Дмитрием Песковым", "PERSON", "Дмитрий Песков"},
		{"Владимира Зеленского", "PERSON", "Владимир Зеленский"},
		{"Ольги Любимовой", "PERSON", "Ольга Любимова"},
		{"Алексея Навального", "PERSON", "Алексей Навальный"},
		// Nominative already, or undecidable: unchanged.
		{"Сергей Лавров", "PERSON", "Сергей Лавров"},
		{"Мария Захарова", "PERSON", "Мария Захарова"},
		{"Ангела Меркель", "PERSON", "Ангела Меркель"},
		{"Захарова", "PERSON", "Захарова"},
		{"Си Цзиньпин", "PERSON", "Си Цзиньпин"},
		// Without a first name only endings no nominative has are undone.
		{"Путиным", "PERSON", "Путин"},
		{"Лаврову", "PERSON", "Лавров"},
		{"Зеленского", "PERSON", "Зеленский"},
		{"Мишустиной", "PERSON", "Мишустина"},
		// Places and organizations: adjectives tell the case, the head
		// noun's nominative must be a seen form.
		{"Центрального банка", "ORGANIZATION", "Центральный банк"},
		{"Центральному банку", "ORGANIZATION", "Центральный банк"},
		{"Государственной думы", "ORGANIZATION", "Государственная дума"},
		{"Государственной думе", "ORGANIZATION", "Государственная дума"},
		{"Министерства иностранных дел", "ORGANIZATION", "Министерство иностранных дел"},
		{"Министерства обороны России", "ORGANIZATION", "Министерство обороны России"},
		{"Москвы", "LOCATION", "Москва"},
		// A place's head in -ии is a feminine noun in -ия (России,
		// Германии, Калифорнии), whatever the word counts say: the
		// neuter -ие reading claims the -ия forms as its own.
		{"России", "LOCATION", "Россия"},
		{"Германии", "LOCATION", "Германия"},
		{"Северной Македонии", "LOCATION", "Северная Македония"},
		{"Калифорнии", "LOCATION", "Калифорния"},
		{"Управлении", "ORGANIZATION", "Управление"},
		{"Управлении", "LOCATION", "Управление"}, // the counts decide: not Управления
		{"России", "ORGANIZATION", "России"},     // no evidence for a body: kept as written, not made Росси
		{"Белого дома", "LOCATION", "Белый дом"},
		{"Белом доме", "LOCATION", "Белый дом"},
		{"Роу против Уэйда", "ORGANIZATION", "Роу против Уэйда"},
		{"Центральный банк", "ORGANIZATION", "Центральный банк"},
		{"Государственная дума", "ORGANIZATION", "Государственная дума"},
		{"Москва", "LOCATION", "Москва"},
		{"Россия", "LOCATION", "Россия"},
		{"Канада", "LOCATION", "Канада"},
		{"Украина", "LOCATION", "Украина"},
		{"Соединенным Штатам", "LOCATION", "Соединенным Штатам"},
		{"Агентства по", "ORGANIZATION", "Агентство по"},
		{"Службы здравоохранения", "ORGANIZATION", "Служба здравоохранения"},
		{"ЦЕНТРАЛЬНОГО БАНКА", "ORGANIZATION", "ЦЕНТРАЛЬНЫЙ БАНК"},
		{"Королёва", "PERSON", "Королёва"},
		{"Сергея Королёва", "PERSON", "Сергей Королёв"},
		// Foreign names that do not decline, or not into a first name.
		{"Джона Сноу", "PERSON", "Джон Сноу"},
		{"Рори Макилроя", "PERSON", "Рори Макилроя"},
		{"Дастину Лансу Блэку", "PERSON", "Дастин Ланс Блэк"},
		{"Хуаном Карлосом Варелой", "PERSON", "Хуан Карлос Варела"},
		{"Эмили Ратаковски", "PERSON", "Эмили Ратаковски"},
		// Latin-script and other names do not decline here.
		{"Reuters", "ORGANIZATION", "Reuters"},
		{"ООН", "ORGANIZATION", "ООН"},
		{"", "LOCATION", ""},
	}
	for pass := range 2 { // the second from the memo
		for _, tt := range tests {
			if got := (Russian{}).CitationForm(tt.name, tt.typ); got != tt.want {
				t.Errorf("pass %d: CitationForm(%q, %s) = %q, want %q", pass, tt.name, tt.typ, got, tt.want)
			}
		}
	}
}

// TestCitationMemo checks that the memo gives what computing the form
// gives, for more names and types than it has slots (each evicting
// others), the same name under two types among them, from four
// goroutines at once (go test -race).
func TestCitationMemo(t *testing.T) {
	words := []string{"Сергея", "Лаврова", "Центрального", "банка", "Марии", "Захаровой", "Министерства", "Путиным"}
	var names []string
	for _, a := range words {
		for _, b := range words {
			for _, c := range words {
				for _, d := range words {
					names = append(names, a+" "+b+" "+c+" "+d)
				}
			}
		}
	}
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Go(func() {
			for pass := range 2 {
				for k := range names {
					n := names[(k+w*len(names)/4)%len(names)]
					for _, typ := range []string{"PERSON", "ORGANIZATION"} {
						if got, want := (Russian{}).CitationForm(n, typ), citationForm(n, typ); got != want {
							t.Errorf("pass %d: CitationForm(%q, %s) = %q, want %q", pass, n, typ, got, want)
							return
						}
					}
				}
			}
		})
	}
	wg.Wait()
}

// TestFormsParse checks the embedded word-form counts that forms
// searches in place: every line a form and a count (and "first"), each
// form once (sorted, as the generator writes them) and found by look-up,
// first names marked.
func TestFormsParse(t *testing.T) {
	f := &forms
	firsts := 0
	prev := ""
	body := formsText
	for strings.HasPrefix(body, "#") {
		_, body, _ = strings.Cut(body, "\n")
	}
	lines := strings.Split(strings.TrimSuffix(body, "\n"), "\n")
	for i, line := range lines {
		cols := strings.Split(line, "\t")
		if len(cols) < 2 || len(cols) > 3 || len(cols) == 3 && cols[2] != "first" {
			t.Fatalf("line %d: %q is not form, count [, first]", i, line)
		}
		if rest, ok := f.Value(cols[0]); !ok || rest != strings.Join(cols[1:], "\t") {
			t.Fatalf("lookup(%q) = %q, %v; want its line's %q", cols[0], rest, ok, strings.Join(cols[1:], "\t"))
		}
		if _, err := strconv.Atoi(cols[1]); err != nil {
			t.Fatalf("line %d: count %q: %v", i, cols[1], err)
		}
		if cols[0] <= prev {
			t.Fatalf("line %d: form %q does not come after %q", i, cols[0], prev)
		}
		if len(cols) == 3 {
			firsts++
		}
		prev = cols[0]
	}
	if len(lines) < 40000 || firsts < 7000 {
		t.Fatalf("forms: %d forms, %d first names; want at least 40,000 and 7,000", len(lines), firsts)
	}
	for _, name := range []string{"сергей", "мария", "ольга"} {
		if !f.first(name) {
			t.Errorf("%q is not marked as a first name", name)
		}
	}
	for _, tt := range []struct {
		form string
		want bool
	}{{"-", true}, {"сергей", true}, {"", false}, {"\uffff", false}, {"сергеййй", false}} {
		if got := f.count(tt.form) > 0; got != tt.want {
			t.Errorf("count(%q) > 0 = %v, want %v", tt.form, got, tt.want)
		}
	}
}
