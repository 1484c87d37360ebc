package ru

import "testing"

func TestInstitutionalGloss(t *testing.T) {
	for _, c := range []struct {
		form, pivot string
		ok          bool
	}{
		{"министерство", "ministry", true},
		{"национальный", "national", true},
		{"национальная", "national", true}, // a feminine reading
		{"детское", "children", true},      // neuter, -кий after к
		{"окружающая среда", "environment", true},
		{"мид", "foreign ministry", true},
		{"дел", "", true}, // a word the name adds
		{"бристоль", "", false},
	} {
		if pivot, ok := (Russian{}).InstitutionalGloss(c.form); pivot != c.pivot || ok != c.ok {
			t.Errorf("InstitutionalGloss(%q) = %q, %v; want %q, %v", c.form, pivot, ok, c.pivot, c.ok)
		}
	}
}

func TestMasculineAdjective(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"национальная", "национальный"},
		{"детское", "детский"},
		{"внутреннее", "внутренний"},
		{"синяя", "синий"},
		{"министерство", "министерство"}, // no adjective ending
		{"ая", "ая"},
	} {
		if got := masculineAdjective(c.in); got != c.want {
			t.Errorf("masculineAdjective(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
