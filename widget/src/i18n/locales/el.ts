import type { Messages } from './en.ts';

export const el = {
  surveyLabel: 'Έρευνα ικανοποίησης',
  // "την εταιρεία" before the brand gives the article its gender, whatever the brand's own (or its script).
  question: 'Πόσο πιθανό είναι να προτείνετε την εταιρεία {{brand}} σε έναν φίλο ή συνάδελφο;',
  scaleLow: 'Καθόλου πιθανό',
  scaleHigh: 'Εξαιρετικά πιθανό',
  scoreLabel: '{{score}} από 10',
  followUpDetractor: 'Λυπούμαστε που το ακούμε. Τι σας απογοήτευσε περισσότερο;',
  followUpPassive: 'Τι θα έκανε την εμπειρία σας καλύτερη;',
  followUpPromoter: 'Χαιρόμαστε πολύ! Τι σας αρέσει περισσότερο σε εμάς;',
  commentPlaceholder: 'Πείτε μας με δικά σας λόγια (προαιρετικό)',
  charactersLeft_one: 'Απομένει {{count}} χαρακτήρας',
  charactersLeft_other: 'Απομένουν {{count}} χαρακτήρες',
  send: 'Αποστολή',
  skip: 'Παράλειψη',
  thanks: 'Σας ευχαριστούμε για τη γνώμη σας!',
  savedOffline: 'Η απάντησή σας αποθηκεύτηκε και θα σταλεί μόλις συνδεθείτε ξανά.',
  close: 'Κλείσιμο έρευνας',
  language: 'Γλώσσα',
} satisfies Messages;
