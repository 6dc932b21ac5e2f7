import { IsoReadinessDomainChart } from './domain-chart.component.js';

export { IsoReadinessDomainChart };

IsoReadinessDomainChart.define('iso-readiness-domain-chart');

declare global {
  interface HTMLElementTagNameMap {
    'iso-readiness-domain-chart': IsoReadinessDomainChart;
  }
}
