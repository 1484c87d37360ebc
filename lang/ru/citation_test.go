package ru

import "testing"

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
	for _, tt := range tests {
		if got := (Russian{}).CitationForm(tt.name, tt.typ); got != tt.want {
			t.Errorf("CitationForm(%q, %s) = %q, want %q", tt.name, tt.typ, got, tt.want)
		}
	}
}

// TestFormsParse checks the embedded word-form counts: every line parsed,
// first names marked.
func TestFormsParse(t *testing.T) {
	f := forms()
	if len(f.count) < 40000 || len(f.first) < 7000 {
		t.Fatalf("forms: %d forms, %d first names; want at least 40,000 and 7,000", len(f.count), len(f.first))
	}
	for _, name := range []string{"сергей", "мария", "ольга"} {
		if !f.first[name] {
			t.Errorf("%q is not marked as a first name", name)
		}
	}
}
