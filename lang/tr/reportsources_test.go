package tr

import (
	"strings"
	"testing"
)

func TestReportSource(t *testing.T) {
	tests := []struct {
		suffix, next string
		want         bool
	}{
		{"'de", "yer alan habere göre", true},
		{"'da", "yayımlanan makalede", true},
		{"’ta", "çıkan haberde", true},
		{"'de", "yer alan bir otel", false},    // no report's noun
		{"'in", "yer alan habere göre", false}, // no locative
		{"'da", "yaşayan yazar", false},
		{"'da", "yer alan yazılım", false}, // software, not writing
	}
	for _, tc := range tests {
		if got := (Turkish{}).ReportSource(tc.suffix, strings.Fields(tc.next)); got != tc.want {
			t.Errorf("ReportSource(%q, %q) = %v, want %v", tc.suffix, tc.next, got, tc.want)
		}
	}
}
