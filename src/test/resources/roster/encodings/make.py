# Writes the national-encoding corpus: the same roster shape in each encoding a clinic's Excel
# saves "CSV" in. Run from this folder: python3 make.py. The files are committed; this script
# says how they were made.
import random

NAMES = {
    "shift_jis": ("ja", [("山田", "太郎"), ("佐藤", "花子"), ("鈴木", "一郎"), ("高橋", "美咲"), ("田中", "健太"),
                         ("渡辺", "さくら"), ("伊藤", "翔"), ("中村", "陽子")]),
    "gbk": ("zh-Hans", [("王", "芳"), ("李", "伟"), ("张", "敏"), ("刘", "洋"), ("陈", "静"), ("杨", "磊"),
                         ("赵", "丽娟"), ("黄", "建国")]),
    "big5": ("zh-Hant", [("陳", "志明"), ("林", "美玲"), ("黃", "大偉"), ("張", "淑芬"), ("李", "國華"),
                          ("王", "雅婷"), ("吳", "俊傑"), ("劉", "怡君")]),
    "euc_kr": ("ko", [("김", "민준"), ("이", "서연"), ("박", "지훈"), ("최", "수빈"), ("정", "예준"),
                      ("강", "하은"), ("조", "도윤"), ("윤", "지우")]),
    "mac_roman": ("west", [("Müller", "Zoë"), ("Núñez", "José"), ("Sjöberg", "Åsa"), ("Lefèvre", "François"),
                           ("Ølstad", "Bjørn"), ("García", "Inés"), ("Brontë", "Chloé"), ("Dvořák", "Ana")]),
    "cp1250": ("cs-pl", [("Wiśniewski", "Łukasz"), ("Nováková", "Zuzana"), ("Dvořák", "Tomáš"),
                         ("Żak", "Małgorzata"), ("Szőke", "Ferenc"), ("Horváth", "Žofie"), ("Kołodziej", "Paweł"),
                         ("Černý", "Jiří")]),
    "cp1251": ("ru", [("Петров", "Иван"), ("Смирнова", "Ольга"), ("Иванов", "Дмитрий"), ("Кузнецова", "Анна"),
                      ("Соколов", "Сергей"), ("Попова", "Мария"), ("Лебедев", "Алексей"), ("Новикова", "Елена")]),
    "cp1252": ("west", [("Müller", "Zoë"), ("Núñez", "José"), ("Sjöberg", "Åsa"), ("Lefèvre", "François"),
                        ("Ølstad", "Bjørn"), ("García", "Inés"), ("Brontë", "Chloé"), ("Œuvray", "Maëlle")]),
}
CONDITIONS = ["acute", "chronic", "flare", "wellness", "injury"]


def rows(names, sparse):
    rnd = random.Random(7)
    out = ["client_id,first_name,last_name,condition,pain_level,email"]
    plain = [("Smith", "Anna"), ("Jones", "Ben"), ("Brown", "Cara"), ("Taylor", "Dan"), ("Wilson", "Eve"),
             ("Evans", "Finn"), ("Clark", "Gail"), ("Hall", "Hugo"), ("Wood", "Ivy"), ("King", "Jack")]
    people = (plain * 2 + names[:1]) if sparse else names
    for i, (last, first) in enumerate(people):
        cond = CONDITIONS[i % len(CONDITIONS)]
        pain = "" if cond == "wellness" else str(rnd.randint(2, 8))
        out.append(f"E{i + 1:03d},{first},{last},{cond},{pain},client{i + 1}@example.com")
    return "\r\n".join(out) + "\r\n"


for enc, (lang, names) in NAMES.items():
    for sparse in (False, True):
        name = f"{enc}{'-one-name' if sparse else ''}.csv"
        # Excel writes what the encoding can hold; these names are all representable except Dvořák in MacRoman.
        text = rows(names, sparse)
        with open(name, "wb") as f:
            f.write(text.encode(enc, errors="replace"))
        with open(name + ".expected.txt", "w", encoding="utf-8") as f:
            f.write(text.encode(enc, errors="replace").decode(enc))
