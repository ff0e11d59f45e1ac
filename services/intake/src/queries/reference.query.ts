import { Inject, Injectable } from '@nestjs/common';
import { citeBasis, type AdministrativeUnits, type CommuneUnit, type FormerUnit, type Province, type InputOf, type IntakeRpc, type OutputOf, type RpcRequest } from '@legalaid/contracts';
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
        former: found?.former ? [formerView(u, found.former)] : [],
      };
    }
    if (search !== undefined) {
      const found = u.search(search, { provinceCode });
      return {
        effectiveFrom: u.effectiveFrom,
        provinces: found.filter((c): c is Province => !('provinceCode' in c)),
        units: found.filter((c): c is CommuneUnit => 'provinceCode' in c),
        former: u.searchFormer(search, { provinceCode }).map((f) => formerView(u, f)),
      };
    }
    return {
      effectiveFrom: u.effectiveFrom,
      provinces: u.listProvinces().filter((p) => !provinceCode || p.code === provinceCode),
      units: u.list(provinceCode),
      former: includeFormer
        ? u
            .listFormer()
            .filter((f) => !provinceCode || u.formerNowIn(f, provinceCode))
            .map((f) => formerView(u, f))
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

/** A former unit with the current units that took over its area, so a client shows both without another call. */
function formerView(u: AdministrativeUnits, f: FormerUnit) {
  const successors = f.successorCodes.flatMap((c) => {
    const s = u.province(c) ?? u.unit(c);
    return s ? [{ code: s.code, name: s.name, ...(s.nameEn ? { nameEn: s.nameEn } : {}), kind: s.kind, ...('provinceCode' in s ? { provinceCode: s.provinceCode } : {}) }] : [];
  });
  return {
    code: f.code,
    name: f.name,
    level: f.level,
    until: f.until,
    ...(f.provinceCode ? { provinceCode: f.provinceCode } : {}),
    ...(f.districtName ? { districtName: f.districtName } : {}),
    successorCodes: f.successorCodes,
    successors,
  };
}
