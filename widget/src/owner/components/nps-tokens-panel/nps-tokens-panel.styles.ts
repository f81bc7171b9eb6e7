import { consoleForms, consolePanel, dashboardButtons } from '../../../internal/shared.styles.ts';

export const styles = [dashboardButtons, consoleForms, consolePanel];
