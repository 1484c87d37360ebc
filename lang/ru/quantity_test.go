package ru

import "testing"

func TestCountedAfterNumber(t *testing.T) {
	for norm, want := range map[string]bool{
		"апреля": true, "марте": true, "мая": true, "млн.": true, "млрд": true, "долларов": true, "человек": true,
		"процентов": true, "%": true, "лет": true, "часов": true,
		"получил": false, "выпустила": false, "pro": false, "часто": false, "маршрут": false, "и": false,
	} {
		if got := (Russian{}).CountedAfterNumber(norm); got != want {
			t.Errorf("CountedAfterNumber(%q) = %v, want %v", norm, got, want)
		}
	}
}
