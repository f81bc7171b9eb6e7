/** The dashboard's entry (`dist/dashboard.js`): defines `<nps-dashboard>`. The visitor's script never carries it. */
import './components/nps-dashboard/nps-dashboard.ts';
