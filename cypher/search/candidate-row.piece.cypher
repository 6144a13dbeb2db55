// A search candidate as search/query returns it (its score comes with the candidates piece).
type: head([__label__ IN labels(__self__) WHERE __label__ IN ['Organization', 'Power', 'WhistleMatter', 'TownshipDutyItem', 'LenientItem']]),
id: __self__.id,
texts: [__self__.name, __self__.subName, __self__.townshipDuty, __self__.violation]
