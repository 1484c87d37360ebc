package lang

import "testing"

// TestKeyedLines checks Value against the lines of a list and keys that
// open others or are opened by them, comments, a last line with no line
// break, and an empty table.
func TestKeyedLines(t *testing.T) {
	text := "# key, tab, value\nли\t3\nлиа\t6\nлиан\t\nмосква\t6\nя\t1"
	list := NewKeyedLines(text, string(EncodeSlots(LineSlots(text, KeyHash))))
	tests := []struct {
		key, value string
		ok         bool
	}{
		{"ли", "3", true},
		{"лиа", "6", true},
		{"лиан", "", true},
		{"москва", "6", true},
		{"я", "1", true}, // the last line
		{"", "", false},
		{"л", "", false},
		{"лиана", "", false},
		{"# key, tab, value", "", false},
		{"# key, tab, value\nли", "", false},
	}
	for _, tt := range tests {
		if v, ok := list.Value(tt.key); v != tt.value || ok != tt.ok {
			t.Errorf("Value(%q) = %q, %v; want %q, %v", tt.key, v, ok, tt.value, tt.ok)
		}
	}
	if v, ok := NewKeyedLines(text, "").Value("ли"); ok || v != "" {
		t.Errorf("no table: Value = %q, %v", v, ok)
	}
}

// TestKeyedLinesParts checks that ValueParts asks for head+tail.
func TestKeyedLinesParts(t *testing.T) {
	text := "путин\t12\nпутина\t7\tfirst\n"
	list := NewKeyedLines(text, string(EncodeSlots(LineSlots(text, KeyHash))))
	for _, tt := range []struct{ head, tail, value string }{
		{"путин", "", "12"}, {"пут", "ин", "12"}, {"путин", "а", "7\tfirst"}, {"", "путина", "7\tfirst"}, {"путин", "у", ""},
	} {
		if v, _ := list.ValueParts(tt.head, tt.tail); v != tt.value {
			t.Errorf("ValueParts(%q, %q) = %q, want %q", tt.head, tt.tail, v, tt.value)
		}
	}
}
