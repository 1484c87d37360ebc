package ru

import (
	"strings"

	"github.com/varlik/varlik/lang"
)

var _ lang.WebServices = Russian{}

// webServiceStems are the folded nominatives of web services as Russian
// news writes them in Cyrillic: social networks, messengers, video and
// search sites. Names a Russian text leaves in Latin letters (Twitter,
// Facebook) need no entry: the rules for Latin-script names type them.
var webServiceStems = []string{
	"твиттер", "фейсбук", "инстаграм", "ютуб", "ютьюб", "телеграм", "телеграмм", "вконтакте",
	"одноклассники", "тикток", "вотсап", "ватсап", "вайбер", "снэпчат", "линкедин", "реддит",
	"твитч", "гугл", "яндекс", "википедия", "скайп", "зум", "пинтерест",
}

// webServiceEndings are the case endings a service's name takes after its
// nominative: a masculine noun's (Твиттера, Твиттеру, Твиттером, Твиттере)
// and, for Википедия, a feminine noun's after its -я is dropped below.
var webServiceEndings = []string{"", "а", "у", "ом", "е"}

// webServiceHead is the length in bytes of the beginning of a word that
// WebService looks up in webServiceHeads: two Cyrillic letters.
const webServiceHead = 4

// webServiceHeads holds the first webServiceHead bytes of every stem,
// which every form WebService accepts begins with (the shortest word it
// takes, the stem of зум, has six).
var webServiceHeads = func() map[string]bool {
	heads := map[string]bool{}
	for _, s := range webServiceStems {
		heads[s[:webServiceHead]] = true
	}
	return heads
}()

// WebService reports whether norm, a folded word, is a case form of a web
// service's name (lang.WebServices): "твиттере", "инстаграмом",
// "википедии". Indeclinable names (вконтакте) match as written.
func (Russian) WebService(norm string) bool {
	// Most words share no stem's first two letters: turned away by one
	// look-up, where trying each stem cost 1,300 instructions a word.
	if len(norm) < webServiceHead || !webServiceHeads[norm[:webServiceHead]] {
		return false
	}
	for _, stem := range webServiceStems {
		rest, ok := strings.CutPrefix(norm, stem)
		if !ok {
			if base, fem := strings.CutSuffix(stem, "я"); fem && strings.HasPrefix(norm, base) {
				switch norm[len(base):] {
				case "и", "ю", "ей":
					return true
				}
			}
			continue
		}
		for _, e := range webServiceEndings {
			if rest == e {
				return true
			}
		}
	}
	return false
}
