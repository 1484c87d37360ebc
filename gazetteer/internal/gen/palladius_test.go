package main

import "testing"

func TestPalladiusName(t *testing.T) {
	for _, c := range []struct{ en, ru string }{
		{"Dongguan", "Дунгуань"}, {"Suzhou", "Сучжоу"}, {"Guizhou", "Гуйчжоу"}, {"Xining", "Синин"},
		{"Hefei", "Хэфэй"}, {"Zhengzhou", "Чжэнчжоу"}, {"Qingdao", "Циндао"}, {"Jinan", "Цзинань"},
		{"Xi'an", "Сиань"}, {"Xian", "Сянь"}, {"Chang'an", "Чанъань"}, {"Yan'an", "Яньань"}, {"Pingyao", "Пинъяо"},
		{"Shijiazhuang", "Шицзячжуан"}, {"Heilongjiang", "Хэйлунцзян"}, {"Quanzhou", "Цюаньчжоу"},
		{"Xuzhou", "Сюйчжоу"}, {"Wuhan", "Ухань"}, {"Tianjin", "Тяньцзинь"}, {"Banqiao", "Баньцяо"},
		{"Hulun", "Хулунь"}, {"Huizhou", "Хуэйчжоу"}, {"Guiyang", "Гуйян"},
		{"Lüliang", "Люйлян"}, {"Lüeyang", "Люэян"}, {"Changshu City", "Чаншу"},
		// not pinyin: Wade–Giles, Cantonese, Mongolian, English
		{"Hsinchu", ""}, {"Taichung", ""}, {"Sha Tin", ""}, {"Kwai Tsing", ""}, {"Hohhot", ""},
		{"Shaanxi", ""}, {"Aberdeen", ""}, {"Hulun Buir", ""}, {"Xilin Gol", ""}, {"Urumqi", ""},
		{"Wan Chai", ""}, {"Zhumadian Shi", ""}, {"Jingxing Mining", ""},
	} {
		got, ok := palladiusName(c.en)
		if !ok {
			got = ""
		}
		if got != c.ru {
			t.Errorf("palladiusName(%q) = %q, want %q", c.en, got, c.ru)
		}
	}
}
