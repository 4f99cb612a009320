import { describe, expect, it } from 'vitest';
import { normalizePrefix, normalizeWord, queryKeys } from './index';

// Real names from the region as they are written in English, French and German-language news, in
// the Kazakh Latin alphabets of 2018 and 2021, and in Russian and Kazakh Cyrillic. Each row is one
// name; every spelling in it must find every other (a query key of one is the key of the other).
// These are not the corpus's words: most do not occur in it.
const SAME_NAME: readonly (readonly string[])[] = [
  // People
  ['Tokayev', 'Toqaev', 'Tokaev', 'Toqayev', 'Tokaiev', 'Токаев', 'Тоқаев'],
  ['Kassym-Jomart', 'Qasym-Jomart', 'Kasym-Zhomart', 'Qasym-Zhomart', 'Касым-Жомарт', 'Қасым-Жомарт'],
  ['Nazarbayev', 'Nazarbaev', 'Nazarbajev', 'Назарбаев'],
  ['Nazarbayeva', 'Nazarbaeva', 'Назарбаева'],
  ['Nursultan', 'Nūrsūltan', 'Нурсултан', 'Нұрсұлтан'],
  ['Kulibayev', 'Kulibaev', 'Qulybaev', 'Кулибаев'],
  ['Massimov', 'Masimov', 'Mäsimov', 'Мәсімов', 'Масимов'],
  ['Kärim', 'Karim', 'Кәрім', 'Карим'],
  ['Mukhtar', 'Muhtar', 'Мухтар'],
  ['Ablyazov', 'Abliazov', 'Аблязов'],
  ['Dinmukhammed', 'Dinmukhamed', 'Dinmuhammed', 'Динмухамед', 'Дінмұхамед'],
  ['Kunaev', 'Kunayev', 'Кунаев'],
  ['Gennady', 'Gennadiy', 'Gennadii', 'Геннадий'],
  ['Gorbachev', 'Gorbachyov', 'Gorbatchev', 'Горбачёв', 'Горбачев'],
  ['Mikhail', 'Mihail', 'Михаил'],
  ['Zhanbolat', 'Janbolat', 'Жанболат'],
  ['Mamai', 'Mamay', 'Мамай'],
  ['Imanbai', 'Imanbay', 'Иманбай'],
  ['Yrysbek', 'Irysbek', 'Ырысбек'],
  ['Toqtasyn', 'Toktasyn', 'Тоқтасын', 'Токтасын'],
  ['Mirziyoyev', 'Mirziyoev', 'Мирзиёев'],
  ['Japarov', 'Zhaparov', 'Dzhaparov', 'Жапаров'],
  ['Rahmon', 'Rakhmon', 'Рахмон'],
  ['Sergei', 'Sergey', 'Sergej', 'Сергей'],
  ['Shoigu', 'Shoygu', 'Шойгу'],
  ['Yerlan', 'Erlan', 'Ерлан'],
  ['Yevgeny', 'Evgeny', 'Evgenii', 'Евгений'],
  ['Yeltsin', 'Eltsin', 'Ельцин'],
  ['Pyotr', 'Petr', 'Пётр'],
  ['Fyodor', 'Fedor', 'Фёдор'],
  ['Kuznetsov', 'Kouznetsov', 'Кузнецов'],
  ['Abai', 'Abay', 'Абай'],
  ['Dmitry', 'Dmitriy', 'Dmitrii', 'Дмитрий'],
  // Places
  ['Kazakhstan', 'Qazaqstan', 'Kazakstan', 'Казахстан', 'Қазақстан'],
  ['Kazakh', 'Qazaq', 'Казах', 'Қазақ'],
  ['Nur-Sultan', 'Nour-Sultan', 'Nursultan', 'Нур-Султан', 'Нұр-Сұлтан'],
  ['Almaty', 'Almati', 'Алматы'],
  ['Zhanaozen', 'Janaozen', 'Jañaözen', 'Zhañaözen', 'Жанаозен', 'Жаңаөзен'],
  ['Aqtobe', 'Aktobe', 'Ақтөбе'],
  ['Shymkent', 'Şymkent', 'Шымкент'],
  ['Oskemen', 'Öskemen', 'Өскемен'],
  ['Atyrau', 'Атырау'],
  ['Qyzylorda', 'Kyzylorda', 'Қызылорда', 'Кызылорда'],
  ['Qaraghandy', 'Qarağandy', 'Karagandy', 'Қарағанды'],
  ['Mangystau', 'Mangghystau', 'Manğystau', 'Маңғыстау'],
  ['Baikonur', 'Baykonur', 'Байконур'],
  ['Kyrgyzstan', 'Kirgizstan', 'Qyrğyzstan', 'Кыргызстан', 'Киргизстан'],
  ['Tajikistan', 'Tadzhikistan', 'Tadjikistan', 'Таджикистан'],
  ['Semey', 'Semei', 'Семей'],
  ['Akorda', 'Aqorda', 'Ақорда'],
  ['Tselinograd', 'Celinograd', 'Целиноград'],
  ["O'zbekiston", 'Oʻzbekiston', 'Ozbekiston'], // Uzbek Latin, with and without the apostrophe
  // Organisations and events
  ['Zheltoqsan', 'Jeltoqsan', 'Zheltoksan', 'Желтоксан', 'Желтоқсан'],
  ['Khabar', 'Habar', 'Хабар'],
  ['Kazinform', 'Qazinform', 'Казинформ'],
  ['Kazakhmys', 'Qazaqmys', 'Казахмыс'],
  ['KazMunayGaz', 'KazMunaiGaz', 'QazMunayGaz', 'КазМунайГаз'],
  ['Samruk-Kazyna', 'Samruk-Qazyna', 'Самрук-Казына'],
  ['Mazhilis', 'Majilis', 'Mäjilis', 'Мажилис', 'Мәжіліс'],
  ['Azattyq', 'Azattyk', 'Азаттық', 'Азаттык'],
  ['Nur Otan', 'Nour Otan', 'Нур Отан', 'Нұр Отан'],
];

// Names that must stay apart although they look alike.
const DIFFERENT_NAMES: readonly (readonly [string, string])[] = [
  ['Tokayev', 'Toqtasyn'],
  ['Nazarbayev', 'Nazarbayeva'],
  ['Kazakh', 'Kazakhstan'],
  ['Almaty', 'Astana'],
  ['Shymkent', 'Chimkent'], // a different (Soviet) name of the city, not a spelling
  ['Karim', 'Kerim'],
  ['Mukhtar', 'Mukhtarov'],
];

/** Spellings of multi-word names are compared word by word (hyphens and spaces split words). */
const words = (name: string) => name.split(/[\s-]+/);

function findsEachOther(a: string, b: string): boolean {
  const [wordsA, wordsB] = [words(a), words(b)];
  const joinedA = queryKeys(wordsA.join(''));
  const joinedB = normalizeWord(wordsB.join(''));
  if (joinedA.includes(joinedB)) return true; // "Nursultan" finds "Nur-Sultan" through its joined key
  return wordsA.length === wordsB.length && wordsA.every((word, i) => queryKeys(word).includes(normalizeWord(wordsB[i]!)));
}

describe('normalizeWord: spellings of one name meet', () => {
  for (const spellings of SAME_NAME) {
    it(spellings.join(' = '), () => {
      for (const a of spellings) {
        for (const b of spellings) expect(findsEachOther(a, b), `${a} should find ${b}`).toBe(true);
      }
    });
  }

  it('gives the keys the issue names', () => {
    expect(normalizeWord('Toqaev')).toBe(normalizeWord('Tokayev'));
    expect(normalizeWord('Токаев')).toBe(normalizeWord('Tokayev'));
    expect(normalizeWord('Nazarbaev')).toBe(normalizeWord('Nazarbayev'));
    expect(normalizeWord('Nour')).toBe(normalizeWord('Nur'));
    expect(normalizeWord('Qazaqstan')).toBe(normalizeWord('Kazakhstan'));
    expect(normalizeWord('Zheltoqsan')).toBe(normalizeWord('Желтоксан'));
  });

  it('folds case and diacritics alone for ordinary words', () => {
    expect(normalizeWord('PROTEST')).toBe('protest');
    expect(normalizeWord('Café')).toBe('cafe');
    expect(normalizeWord('Kazakhstan’s')).toBe(normalizeWord('Kazakhstan'));
  });
});

describe('normalizeWord: different names stay apart', () => {
  for (const [a, b] of DIFFERENT_NAMES) {
    it(`${a} ≠ ${b}`, () => {
      expect(queryKeys(a)).not.toContain(normalizeWord(b));
      expect(queryKeys(b)).not.toContain(normalizeWord(a));
    });
  }
});

describe('normalizePrefix', () => {
  it('keeps a typed beginning a prefix of the whole name’s key', () => {
    for (const [typed, whole] of [
      ['Nazarbay', 'Nazarbayev'],
      ['Toqa', 'Tokayev'],
      ['Qazaq', 'Kazakhstan'],
      ['Жел', 'Zheltoqsan'],
      ['Kass', 'Kassym'],
    ] as const) {
      expect(normalizeWord(whole).startsWith(normalizePrefix(typed)), `${typed} → ${whole}`).toBe(true);
    }
  });
});
