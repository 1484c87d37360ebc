package main

import "testing"

func TestRuBorneOut(t *testing.T) {
	ruTranscriptions = true
	defer func() { ruTranscriptions = false }()
	ruGivenNames["майкл"], ruGivenNames["мэри"] = true, true // loadRuGivenNames fills them in a run
	for _, c := range []struct {
		ru, country, deb string
		names            []string
		want             bool
	}{
		{"Гуйчжоу", "CN", "", []string{"Guizhou", "贵州省"}, true},
		{"Синин", "CN", "", []string{"Xining", "西宁"}, true}, // xi-ning, not xin-ing
		{"Хайань", "CN", "", []string{"Hai'an"}, true},
		{"Ачех", "ID", "", []string{"Aceh", "Aceh"}, true},
		{"Струмица", "MK", "", []string{"Strumica", "Струмица"}, true},
		{"Алахуэла", "CR", "", []string{"Alajuela"}, true},
		{"Кукёс", "AL", "Кукес", []string{"Kukës"}, true},
		{"Лимассол (Леймасун)", "CY", "", []string{"Limassol (Leymasun)"}, true},
		{"Подбородок", "MM", "", []string{"Chin"}, false},
		{"Оранжевая прогулка", "BZ", "", []string{"Orange Walk"}, false},
		{"Тартар (значения)", "AZ", "Тертерский район", []string{"Tartar"}, false},
		{"Майкл", "IM", "", []string{"Michael"}, false},
		{"Центр", "MK", "", []string{"Centar"}, false},
		{"Мэри", "TM", "", []string{"Mary"}, false},
	} {
		if got := ruBorneOut(c.ru, c.country, c.deb, c.names...); got != c.want {
			t.Errorf("ruBorneOut(%q, %s, %q, %q) = %v, want %v", c.ru, c.country, c.deb, c.names, got, c.want)
		}
	}
}
