import { describe, expect, it } from 'vitest';
import { czechStem, searchTerm } from '$domain/search/czech-stem';

describe('Czech stemmer', () => {
  it.each([
    [['drogy', 'drog', 'drogám', 'drogová', 'drogami', 'drogové'], 'drog'],
    [['domov', 'domovy', 'domovem', 'domovu', 'domova'], 'domov'],
    [['senior', 'seniory', 'seniorů', 'seniorům', 'seniorech'], 'senior'],
    [['služba', 'služby', 'službou', 'službě'], 'sluzb'],
    [['pečovatelská', 'pečovatelské', 'pečovatelskou', 'pečovatelských'], 'pecovatelsk'],
    [['Alzheimer', 'Alzheimera', 'Alzheimerem'], 'alzheimer'],
  ])('brings the forms of a word together: %j', (forms, stem) => {
    for (const form of forms) expect(searchTerm(form), form).toBe(stem);
  });

  it('keeps a stem a prefix of its word, so the word being typed still finds longer forms', () => {
    for (const word of ['azylovy', 'nocleharna', 'pecovatelskou', 'kajov', 'exekuce', 'dluhy']) {
      expect(word.startsWith(czechStem(word))).toBe(true);
    }
  });

  it('leaves short words alone', () => {
    expect(czechStem('dum')).toBe('dum');
    expect(czechStem('kde')).toBe('kde');
  });
});
