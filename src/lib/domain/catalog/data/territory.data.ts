/**
 * Jihočeský kraj with ORP Český Krumlov and ORP Dačice and their municipalities. Coordinates are
 * the approximate centre of each municipality (good enough for distance sorting, not for
 * navigation). The region's registry code is the RÚIAN code of the region (VÚSC 35), the form
 * the registry uses in `kraj.id`.
 */
export interface MunicipalitySeed {
  key: string;
  name: string;
  postcode: string;
  lat: number;
  lon: number;
}

export const REGION = {
  key: 'jihocesky',
  name: 'Jihočeský kraj',
  rpssCode: 'Kraj/35',
  lat: 48.9747,
  lon: 14.4743,
};

export const ORPS: readonly {
  key: string;
  name: string;
  lat: number;
  lon: number;
  municipalities: readonly MunicipalitySeed[];
}[] = [
  {
    key: 'cesky-krumlov',
    name: 'ORP Český Krumlov',
    lat: 48.8127,
    lon: 14.3175,
    municipalities: [
      {
        key: 'cesky-krumlov',
        name: 'Český Krumlov',
        postcode: '381 01',
        lat: 48.8127,
        lon: 14.3175,
      },
      { key: 'vyssi-brod', name: 'Vyšší Brod', postcode: '382 73', lat: 48.6203, lon: 14.3117 },
      { key: 'horni-plana', name: 'Horní Planá', postcode: '382 26', lat: 48.767, lon: 14.033 },
      { key: 'frymburk', name: 'Frymburk', postcode: '382 79', lat: 48.6611, lon: 14.17 },
      {
        key: 'lipno-nad-vltavou',
        name: 'Lipno nad Vltavou',
        postcode: '382 78',
        lat: 48.64,
        lon: 14.223,
      },
      { key: 'loucovice', name: 'Loučovice', postcode: '382 76', lat: 48.6167, lon: 14.2572 },
      { key: 'chvalsiny', name: 'Chvalšiny', postcode: '382 08', lat: 48.8537, lon: 14.211 },
      { key: 'kremze', name: 'Křemže', postcode: '382 03', lat: 48.905, lon: 14.3057 },
      { key: 'vetrni', name: 'Větřní', postcode: '382 11', lat: 48.7744, lon: 14.2864 },
      {
        key: 'rozmberk-nad-vltavou',
        name: 'Rožmberk nad Vltavou',
        postcode: '382 18',
        lat: 48.6543,
        lon: 14.3667,
      },
      { key: 'kajov', name: 'Kájov', postcode: '382 21', lat: 48.8113, lon: 14.2587 },
      { key: 'zlata-koruna', name: 'Zlatá Koruna', postcode: '382 02', lat: 48.8551, lon: 14.37 },
      { key: 'holubov', name: 'Holubov', postcode: '382 03', lat: 48.892, lon: 14.321 },
      { key: 'brloh', name: 'Brloh', postcode: '382 06', lat: 48.93, lon: 14.219 },
      {
        key: 'cerna-v-posumavi',
        name: 'Černá v Pošumaví',
        postcode: '382 23',
        lat: 48.7387,
        lon: 14.1105,
      },
      {
        key: 'horice-na-sumave',
        name: 'Hořice na Šumavě',
        postcode: '382 22',
        lat: 48.7672,
        lon: 14.1842,
      },
      { key: 'pridoli', name: 'Přídolí', postcode: '381 01', lat: 48.7813, lon: 14.3511 },
      {
        key: 'dolni-trebonin',
        name: 'Dolní Třebonín',
        postcode: '382 01',
        lat: 48.859,
        lon: 14.415,
      },
      { key: 'mirkovice', name: 'Mirkovice', postcode: '382 32', lat: 48.792, lon: 14.387 },
      { key: 'predni-vyton', name: 'Přední Výtoň', postcode: '382 73', lat: 48.633, lon: 14.165 },
      { key: 'bohdalovice', name: 'Bohdalovice', postcode: '382 23', lat: 48.7722, lon: 14.1117 },
      { key: 'chlumec', name: 'Chlumec', postcode: '382 32', lat: 48.826, lon: 14.289 },
      { key: 'malsin', name: 'Malšín', postcode: '382 16', lat: 48.668, lon: 14.4 },
      { key: 'srnin', name: 'Srnín', postcode: '382 03', lat: 48.855, lon: 14.352 },
      { key: 'zubcice', name: 'Zubčice', postcode: '382 32', lat: 48.754, lon: 14.402 },
    ],
  },
  {
    key: 'dacice',
    name: 'ORP Dačice',
    lat: 49.0816,
    lon: 15.4372,
    municipalities: [
      { key: 'dacice', name: 'Dačice', postcode: '380 01', lat: 49.0816, lon: 15.4372 },
      { key: 'slavonice', name: 'Slavonice', postcode: '378 81', lat: 48.9976, lon: 15.3516 },
      { key: 'studena', name: 'Studená', postcode: '378 56', lat: 49.187, lon: 15.289 },
      { key: 'kunzak', name: 'Kunžak', postcode: '378 62', lat: 49.107, lon: 15.2 },
      { key: 'strmilov', name: 'Strmilov', postcode: '378 53', lat: 49.158, lon: 15.199 },
      { key: 'budiskovice', name: 'Budíškovice', postcode: '380 01', lat: 49.089, lon: 15.542 },
      { key: 'stare-hobzi', name: 'Staré Hobzí', postcode: '378 71', lat: 49.0093, lon: 15.4536 },
      { key: 'pec', name: 'Peč', postcode: '378 81', lat: 49.05, lon: 15.298 },
      { key: 'volfirov', name: 'Volfířov', postcode: '380 01', lat: 49.13, lon: 15.395 },
      { key: 'cizkrajov', name: 'Cizkrajov', postcode: '378 81', lat: 49.055, lon: 15.385 },
      {
        key: 'kostelni-vydri',
        name: 'Kostelní Vydří',
        postcode: '380 01',
        lat: 49.114,
        lon: 15.436,
      },
      { key: 'horni-nemcice', name: 'Horní Němčice', postcode: '378 71', lat: 49.069, lon: 15.302 },
      { key: 'hermanc', name: 'Heřmanč', postcode: '380 01', lat: 49.1305, lon: 15.4745 },
      { key: 'desna', name: 'Dešná', postcode: '378 73', lat: 48.955, lon: 15.526 },
      { key: 'jilem', name: 'Jilem', postcode: '378 53', lat: 49.197, lon: 15.179 },
      {
        key: 'cerveny-hradek',
        name: 'Červený Hrádek',
        postcode: '380 01',
        lat: 49.108,
        lon: 15.508,
      },
      {
        key: 'horni-mezericko',
        name: 'Horní Meziříčko',
        postcode: '378 53',
        lat: 49.222,
        lon: 15.208,
      },
      { key: 'stankov', name: 'Staňkov', postcode: '380 01', lat: 49.051, lon: 15.42 },
      { key: 'trebetice', name: 'Třebětice', postcode: '380 01', lat: 49.035, lon: 15.505 },
      { key: 'urbanec', name: 'Urbaneč', postcode: '378 53', lat: 49.18, lon: 15.225 },
    ],
  },
];
