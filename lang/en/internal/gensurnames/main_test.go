package main

import (
	"slices"
	"testing"
)

func TestLastNames(t *testing.T) {
	js := "// header\nmodule.exports.first_male = [\n  'James',\n];\nmodule.exports.last = [\n  'Smith',\n  'Johnson'\n];\nmodule.exports.first_female = [\n  'Mary',\n];\n"
	got, err := lastNames(js)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"Smith", "Johnson"}; !slices.Equal(got, want) {
		t.Errorf("lastNames = %q, want %q", got, want)
	}
	if _, err := lastNames("module.exports.first = ['A'];"); err == nil {
		t.Error("no last array: no error")
	}
}
