package entity_test

import (
	"testing"
)

// TestRussianLatinCommonAcronyms runs the whole Russian pipeline on
// sentences written for the common acronyms in Latin letters that
// addForeignScriptNames leaves out: a format or a device is no
// organization, a company's acronym still is. Each lists the mentions
// found, as "TYPE text", in order.
func TestRussianLatinCommonAcronyms(t *testing.T) {
	checkSentenceMentions(t, "ru", []sentenceMentions{
		{"Фильм можно купить на DVD и скачать по ссылке .", nil},
		{"Устройство подключается к компьютеру через USB .", nil},
		{"Компания IBM выпустила новый процессор .", []string{"ORGANIZATION IBM"}},
	})
}
