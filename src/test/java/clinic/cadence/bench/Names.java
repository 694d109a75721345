package clinic.cadence.bench;

/** Client and therapist names in the scripts a clinic's roster holds: Latin, Greek, Cyrillic, CJK. */
final class Names {
    static final String[] LATIN_FIRST = {"Zoë", "Mateo", "Ingrid", "Aisha", "Tom", "Priyanka", "Lucas", "Grace",
        "Samuel", "Chloé", "Henrik", "Fatima", "Oliver", "Noor", "Jonas", "Rafael", "Hannah", "Kwame", "Sara",
        "Ana", "Patrick", "Lena", "Olivia", "Ravi", "Maya", "Sofia", "Björn", "Siobhán", "Łukasz", "Đorđe",
        "Ömer", "François", "Nuño", "Ayşe", "Jürgen", "Thu Trang", "Mary-Jane", "D'Arcy"};
    static final String[] LATIN_LAST = {"Hartley", "Núñez", "Ølstad", "Bello", "O'Brien", "Sharma", "Meyer",
        "Kim", "Adeyemi", "Dubois", "Lindqvist", "Zahra", "Bennett", "Haddad", "Weber", "Costa", "Schmidt",
        "Mensah", "Lindgren", "Ionescu", "Moreau", "Novak", "Brown", "Iyer", "Okafor", "Tanaka", "Raman",
        "Ó Súilleabháin", "Wróblewski", "Đoković", "Yılmaz", "García Márquez", "van der Berg", "Nguyễn",
        "Müller-Lüdenscheidt"};
    static final String[] GREEK_FIRST = {"Ελένη", "Γιώργος", "Μαρία", "Νίκος", "Κατερίνα", "Δημήτρης", "Σοφία"};
    static final String[] GREEK_LAST = {"Παπαδοπούλου", "Παπαδόπουλος", "Οικονόμου", "Γεωργίου", "Νικολάου",
        "Αθανασίου"};
    static final String[] CYRILLIC_FIRST = {"Дмитрий", "Иван", "Анна", "Ольга", "Сергей", "Наталья", "Богдан"};
    static final String[] CYRILLIC_LAST = {"Волков", "Петров", "Смирнова", "Кузнецов", "Шевченко", "Иванова"};
    static final String[] CJK_FAMILY = {"王", "李", "张", "陈", "佐藤", "鈴木", "高橋", "김", "이", "박"};
    static final String[] CJK_GIVEN = {"芳", "伟", "美", "健", "花子", "翔太", "민지", "서준", "静", "明"};

    private Names() {
    }
}
