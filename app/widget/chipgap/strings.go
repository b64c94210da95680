package chipgap

import "github.com/computeatlas/atlas/app/widget"

// text holds the widget's words in one language.
type text struct {
	title, measure, line, shown, hidden, noData, table, chip string
	sources, legend, thresholdLabel, explainOn, explainOff   string
	metricLabel, metricShort                                 map[string]string
	basis                                                    map[Basis]string
	describe                                                 describeText
}

type describeText struct {
	chart, highest, lowest, below, missing string
}

var words = map[string]text{
	"en": {
		title:          "How far apart the chips are",
		measure:        "Measure",
		line:           "4,800 TPP licence line",
		shown:          "Show",
		hidden:         "Hide",
		noData:         "no reliable figure",
		table:          "Data table",
		chip:           "Chip",
		sources:        "Sources",
		legend:         "Solid bars: vendor figures. Hatched bars: reported, estimated, conflicting or computed figures; a thin band shows the range where sources differ.",
		thresholdLabel: "Licence line: 4,800 TPP",
		explainOn:      "The H20 was designed to stay under the 4,800 TPP line of the October 2023 rule: 148 dense TFLOPS × 16 bits is about 2,368 TPP (our arithmetic), which is also below the 2,400 start of the rule's notification tier, and its performance density (about 2.9, also our arithmetic) is below that tier's band. So it could be sold to China without a licence, until April 2025, when the US told Nvidia that it needed one anyway. That decision rested on the chip's memory and interconnect bandwidth, not on TPP.",
		explainOff:     "The 4,800 TPP licence line is drawn on the TPP view.",
		metricLabel: map[string]string{
			"tpp":       "Total processing performance (TPP), the export-control measure",
			"tflops":    "Dense BF16/FP16 teraflops",
			"memory":    "Memory (GB)",
			"bandwidth": "Memory bandwidth (TB/s)",
		},
		metricShort: map[string]string{"tpp": "TPP", "tflops": "TFLOPS", "memory": "Memory", "bandwidth": "Bandwidth"},
		basis: map[Basis]string{
			Vendor: "vendor", Reported: "reported", Estimate: "estimate",
			Conflicting: "sources conflict", Derived: "computed",
		},
		describe: describeText{
			chart:   "%s for %d AI chips.",
			highest: "Highest: %s at %s.",
			lowest:  "Lowest: %s at %s.",
			below:   "The 4,800 TPP licence line is drawn; below it: %s.",
			missing: "No reliable figure for %s.",
		},
	},
	"pl": {
		title:          "Jak daleko od siebie są chipy",
		measure:        "Miara",
		line:           "Próg licencyjny 4800 TPP",
		shown:          "Pokaż",
		hidden:         "Ukryj",
		noData:         "brak wiarygodnych danych",
		table:          "Tabela danych",
		chip:           "Chip",
		sources:        "Źródła",
		legend:         "Pełne słupki: dane producenta. Kreskowane: dane podawane w mediach, szacunki, dane sprzeczne lub nasze wyliczenia; cienki pas pokazuje rozrzut, gdy źródła się różnią.",
		thresholdLabel: "Próg licencyjny: 4800 TPP",
		explainOn:      "H20 zaprojektowano tak, by mieścił się pod progiem 4800 TPP z reguły z października 2023 r.: 148 TFLOPS (bez rzadkości) × 16 bitów to około 2368 TPP (nasze wyliczenie), mniej także niż 2400, od których zaczynał się próg zgłoszeniowy, a jego gęstość wydajności (ok. 2,9, również nasze wyliczenie) leży poniżej przedziału objętego zgłoszeniem. Dlatego można go było sprzedawać do Chin bez licencji, aż do kwietnia 2025 r., gdy USA zażądały jej mimo to. O tej decyzji przesądziły przepustowość pamięci i połączeń chipu, a nie TPP.",
		explainOff:     "Próg 4800 TPP jest rysowany w widoku TPP.",
		metricLabel: map[string]string{
			"tpp":       "Całkowita wydajność obliczeniowa (TPP), miara z przepisów eksportowych",
			"tflops":    "Teraflopsy BF16/FP16 (bez rzadkości)",
			"memory":    "Pamięć (GB)",
			"bandwidth": "Przepustowość pamięci (TB/s)",
		},
		metricShort: map[string]string{"tpp": "TPP", "tflops": "TFLOPS", "memory": "Pamięć", "bandwidth": "Przepustowość"},
		basis: map[Basis]string{
			Vendor: "producent", Reported: "dane medialne", Estimate: "szacunek",
			Conflicting: "źródła sprzeczne", Derived: "wyliczenie",
		},
		describe: describeText{
			chart:   "%s dla %d chipów AI.",
			highest: "Najwyżej: %s, %s.",
			lowest:  "Najniżej: %s, %s.",
			below:   "Zaznaczono próg licencyjny 4800 TPP; poniżej niego: %s.",
			missing: "Brak wiarygodnych danych dla: %s.",
		},
	},
}

func wordsFor(lang string) text { return widget.InLang(words, lang) }
