import { css } from 'lit';

export const styles = css`
  ul {
    padding: 0;
    list-style: none;
  }
  li {
    margin: 0.5em 0;
  }
  li .opt {
    margin: 0;
  }
  /* A list item keeps the browser's ▸/▾ marker: the learner sees that it opens. */
  summary {
    display: list-item;
    min-height: 44px;
    padding: 0.4em 0.75em;
    color: var(--_focus);
    cursor: pointer;
  }
  details p {
    margin: 0 0 0.5em;
    padding-inline-start: 2.7em;
  }
  .print {
    display: none;
  }
  .count {
    font-weight: 700;
  }
  @media print {
    details {
      display: none;
    }
    .print {
      display: block;
      margin: 0 0 0 2.7em;
      font-size: 0.9em;
    }
    li {
      break-inside: avoid;
    }
    .opt {
      border: 0;
      min-height: 0;
    }
  }
`;
