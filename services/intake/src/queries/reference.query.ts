import { Inject, Injectable } from '@nestjs/common';
import { citeBasis, type CommuneUnit, type FormerUnit, type Province, type InputOf, type IntakeRpc, type OutputOf, type RpcRequest } from '@legalaid/contracts';
import { REFERENCE, type Reference } from '../adapters/reference.provider.js';

/** Reference data for forms and screening screens: administrative units and eligibility rule sets. */
@Injectable()
export class ReferenceQuery {
  constructor(@Inject(REFERENCE) private readonly reference: Reference) {}

  units(req: RpcRequest<InputOf<typeof IntakeRpc.units>>): OutputOf<typeof IntakeRpc.units> {
    const u = this.reference.units;
    const { provinceCode, includeFormer, search, code } = req.input;
    if (code !== undefined) {
      const found = u.resolve(code);
      const current = found?.current ? [found.current] : found ? found.successors : [];
      return {
        effectiveFrom: u.effectiveFrom,
        provinces: current.filter((c): c is Province => !('provinceCode' in c)),
        units: current.filter((c): c is CommuneUnit => 'provinceCode' in c),
        former: found?.former ? [formerView(found.former)] : [],
      };
    }
    if (search !== undefined) {
      const found = u.search(search, { provinceCode });
      return {
        effectiveFrom: u.effectiveFrom,
        provinces: found.filter((c): c is Province => !('provinceCode' in c)),
        units: found.filter((c): c is CommuneUnit => 'provinceCode' in c),
        former: [],
      };
    }
    return {
      effectiveFrom: u.effectiveFrom,
      provinces: u.listProvinces().filter((p) => !provinceCode || p.code === provinceCode),
      units: u.list(provinceCode),
      former: includeFormer
        ? u
            .listFormer()
            .filter((f) => !provinceCode || f.provinceCode === provinceCode || f.successorCodes.some((c) => u.unit(c)?.provinceCode === provinceCode || c === provinceCode))
            .map(formerView)
        : [],
    };
  }

  ruleSets(): OutputOf<typeof IntakeRpc.ruleSets> {
    return {
      ruleSets: this.reference.rules.ruleSets.map((rs) => ({
        id: rs.id,
        title: rs.title,
        effectiveFrom: rs.effectiveFrom,
        groups: rs.groups.map((g) => ({ group: g.group, clause: g.clause, basis: g.basis, citation: citeBasis(g.basis), evidence: g.evidence, financialDifficulty: g.financialDifficulty })),
      })),
    };
  }
}

function formerView(f: FormerUnit) {
  return { code: f.code, name: f.name, level: f.level, until: f.until, successorCodes: f.successorCodes };
}
