import { expect } from '@open-wc/testing';
import type { ReactiveControllerHost } from 'lit';
import { dashboardI18n } from '../owner/dashboard/i18n/dashboard-i18n.ts';
import { directionOf } from './i18n.controller.ts';

const host = (): ReactiveControllerHost => ({
  addController() {},
  removeController() {},
  requestUpdate() {},
  updateComplete: Promise.resolve(true),
});

describe('I18nController', () => {
  it('writes every number put into a text the way the language writes numbers', async () => {
    const i18n = dashboardI18n(host());
    await i18n.setLanguage('ro');
    expect(i18n.t('responses', { count: 20_000 })).to.equal('20.000 de răspunsuri');
    expect(i18n.t('responses', { count: 3 })).to.equal('3 răspunsuri');
    await i18n.setLanguage('en');
    expect(i18n.t('responses', { count: 20_000 })).to.equal('20,000 responses');
  });

  it('writes percentages as the language does: the sign before the number in Turkish', async () => {
    const i18n = dashboardI18n(host());
    await i18n.setLanguage('tr');
    expect(i18n.percent(45)).to.equal('%45');
    await i18n.setLanguage('el');
    expect(i18n.percent(45)).to.equal('45%');
  });

  it('knows a language written right to left from its script', () => {
    expect(['ar', 'he', 'fa', 'ar-XB', 'ur'].map(directionOf)).to.deep.equal([
      'rtl',
      'rtl',
      'rtl',
      'rtl',
      'rtl',
    ]);
    expect(['en', 'el', 'mk', 'tr', 'id', 'ro', 'en-XA', 'not a tag'].map(directionOf)).to.deep.equal(
      Array(8).fill('ltr'),
    );
  });
});
