package ru

import "testing"

func TestCourseTail(t *testing.T) {
	tests := []struct {
		prep, noun string
		want       bool
	}{
		{"по", "специальности", true},
		{"по", "классу", true},
		{"по", "кафедре", true},
		{"по", "делам", false},
		{"по", "классификации", false},
		{"на", "специальности", false},
	}
	for _, tc := range tests {
		if got := (Russian{}).CourseTail(tc.prep, tc.noun); got != tc.want {
			t.Errorf("CourseTail(%q, %q) = %v, want %v", tc.prep, tc.noun, got, tc.want)
		}
	}
}
