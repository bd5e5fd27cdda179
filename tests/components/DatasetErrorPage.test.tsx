import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../../src/i18n';
import { DatasetErrorPage } from '../../src/components/DatasetErrorPage';
import type { Problem } from '../../src/data/validate';

const problems: Problem[] = Array.from({ length: 55 }, (_, i) => ({
  path: i === 0 ? '' : `edges[${i}].source`,
  code: 'ref.node',
  params: { value: `n${i}` },
}));

describe('DatasetErrorPage', () => {
  it('lists the first fifty problems with their paths, in Swedish, and says how many more there are', () => {
    render(
      <I18nextProvider i18n={createI18n('sv')}>
        <DatasetErrorPage problems={problems} more={1980} />
      </I18nextProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Datamängden kunde inte läsas in' })).toBeInTheDocument();
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(50);
    expect(items[0]).toHaveTextContent('hela filen: ”n0” är inget nod-id');
    expect(items[3]).toHaveTextContent('edges[3].source: ”n3” är inget nod-id');
    // the 5 not listed here and the 1,980 the validator counted without listing
    expect(screen.getByText(/^… och 1\s985 fel till$/)).toBeInTheDocument();
    expect(screen.getByText('Datamängden har 2035 fel:')).toBeInTheDocument();
  });
});
