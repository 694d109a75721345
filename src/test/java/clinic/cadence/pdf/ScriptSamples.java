package clinic.cadence.pdf;

import java.util.List;

/** Client names in every script a plan must carry, as a native writer spells them. */
final class ScriptSamples {
    record Sample(String script, String name) {
    }

    static final List<Sample> NAMES = List.of(
            new Sample("Latin (Vietnamese)", "Nguyễn Thị Minh Khai"),
            new Sample("Greek (polytonic)", "Ἀλέξανδρος Παπαδόπουλος"),
            new Sample("Cyrillic", "Анна Иванова"),
            new Sample("Chinese", "王芳"),
            new Sample("Japanese", "佐藤 健"),
            new Sample("Korean", "김민준"),
            new Sample("Arabic", "عمر السيد"),
            new Sample("Hebrew", "דוד כהן"),
            new Sample("Devanagari", "प्रिया शर्मा"),
            new Sample("Bengali", "অর্পিতা দত্ত"),
            new Sample("Gurmukhi", "ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ"),
            new Sample("Tamil", "கார்த்திக் சுப்ரமணியன்"),
            new Sample("Thai", "สมชาย ใจดี"),
            new Sample("Georgian", "ნინო ბერიძე"),
            new Sample("Armenian", "Արամ Պետրոսյան"),
            new Sample("Ethiopic", "አበበ ቢቂላ"),
            new Sample("Emoji", "Mia 🌸"),
            new Sample("Emoji sequence", "Lea 👩🏽‍⚕️ ❤️ 1️⃣"));

    private ScriptSamples() {
    }
}
