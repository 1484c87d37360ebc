package ru

import "github.com/varlik/varlik/lang"

var _ lang.OrganizationAcronyms = Russian{}

// commonAcronyms are Russian acronyms that are common nouns, not names:
// media, diseases and molecules, economic and legal terms, kinds of
// company and organization, plants and weapons (НПЗ, МБР, ПРО), and the
// like; and the Latin ones of formats,
// devices and technologies that Russian text writes in Latin letters
// (URL, GUI, DVD), which the rules for Latin-script names would otherwise
// make organizations.
var commonAcronyms = map[string]bool{
	"сми": true, "вич": true, "спид": true, "днк": true, "рнк": true, "орви": true, "ивл": true, "мрт": true,
	"ввп": true, "врп": true, "ндс": true, "ндфл": true, "ипо": true, "жкх": true, "дтп": true, "чп": true,
	"оао": true, "зао": true, "пао": true, "ооо": true, "ао": true, "ип": true, "гуп": true, "муп": true, "фгуп": true,
	"нко": true, "нго": true, "лгбт": true, "смс": true, "пк": true, "по": true, "ии": true,
	"аэс": true, "гэс": true, "тэц": true, "лэп": true, "бпла": true, "пво": true, "пзрк": true, "зрк": true,
	"тэс": true, "нпз": true, "про": true, "мбр": true, "омп": true, "рсзо": true, "бтр": true, "бмп": true,
	"впк": true, "тнк": true, "чс": true,
	"вуз": true, "вузы": true, "вузов": true, "вузах": true, "егэ": true, "огэ": true, "гто": true,
	"url": true, "uri": true, "gui": true, "api": true, "html": true, "xml": true, "http": true, "tcp": true,
	"ip": true, "dns": true, "lan": true, "wan": true, "vpn": true, "pdf": true, "dvd": true, "cd": true,
	"usb": true, "hdmi": true, "vga": true, "lcd": true, "led": true, "cpu": true, "gpu": true, "ram": true,
	"rom": true, "ssd": true, "hdd": true, "risc": true, "gps": true, "sim": true,
}

// CommonAcronym reports whether norm, a folded acronym, is a common noun
// (lang.OrganizationAcronyms), or a folded Roman numeral (xix, iv), a
// number that romanNumeral keeps from the foreign-script names.
func (Russian) CommonAcronym(norm string) bool {
	return commonAcronyms[norm] || foldedRomanNumeral(norm)
}

// foldedRomanNumeral reports whether norm is a well-formed Roman numeral
// from 1 to 39 in lower case (xix, iv; not vixx).
func foldedRomanNumeral(norm string) bool { return wellFormedRoman(norm, 'i', 'v', 'x') }
