package ru

import "testing"

func TestNotGenitive(t *testing.T) {
	tests := []struct {
		norm string
		last bool
		want bool
	}{
		{"аргентине", true, true}, // prepositional, dative
		{"китаю", true, true},
		{"китаем", true, true},
		{"аргентиной", true, true},
		{"штатам", true, true},
		{"штатах", true, true},
		{"российской", false, false}, // a genitive adjective before the noun
		{"канады", true, false},
		{"россии", true, false},
		{"китая", true, false},
		{"сша", true, false},
	}
	for _, tc := range tests {
		if got := (Russian{}).NotGenitive(tc.norm, tc.last); got != tc.want {
			t.Errorf("NotGenitive(%q, %v) = %v, want %v", tc.norm, tc.last, got, tc.want)
		}
	}
}

func TestDeclines(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"Италия", true},
		{"Китай", true},
		{"Бангладеш", true},
		{"Соединённые Штаты", true},
		{"Канада", true},
		{"Чили", false},
		{"Перу", false},
		{"Сан-Марино", false},
		{"", false},
	}
	for _, tc := range tests {
		if got := (Russian{}).Declines(tc.name); got != tc.want {
			t.Errorf("Declines(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}
