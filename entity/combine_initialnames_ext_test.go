package entity_test

import (
	"testing"

	"github.com/varlik/varlik/entity"
)

// TestInitialedNames checks the whole pipeline on pre-tokenized text, whose
// initials stand apart from their full stops ("G" ".").
func TestInitialedNames(t *testing.T) {
	checkMentionTypes(t, "tr", []mentionType{
		{"G . Saray Teknik Direktörü dün açıklama yaptı", "G . Saray", entity.Organization},
		{"Oyuncu F . Bahçe 'ye transfer oldu", "F . Bahçe", entity.Organization},
		{"Maçta B . Hakan iki gol birden attı", "B . Hakan", entity.Person},
	})
}
